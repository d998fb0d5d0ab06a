package org.haven.plan;

import java.util.List;

import org.haven.partner.PartnerPageContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Activities" on a partner's page: the activities linked to the partner, by code, with their status. */
@Component
class PlanPartnerSection implements PartnerPageContributor {

    private final ActivityStore store;

    PlanPartnerSection(ActivityStore store) {
        this.store = store;
    }

    @Override
    public String titleKey() {
        return "plan.partnerSection.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerPageItem> items(String partnerCode) {
        return store.ofPartner(partnerCode).stream().map(a -> new PartnerPageItem(a.code() + " · " + a.title(),
                a.status().name().charAt(0) + a.status().name().substring(1).toLowerCase()
                        + (a.startDate() == null ? "" : ", " + a.startDate() + " – " + (a.endDate() == null ? "…" : a.endDate())),
                "/activities/" + a.id())).toList();
    }
}
