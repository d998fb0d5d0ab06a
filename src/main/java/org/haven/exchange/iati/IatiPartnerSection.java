package org.haven.exchange.iati;

import java.util.List;

import org.haven.partner.PartnerPageContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a partner's page: the activities imported from IATI files whose reporting or participating organisation
 * identifier matched the partner's IATI identifier, latest start first.
 */
@Component
class IatiPartnerSection implements PartnerPageContributor {

    private final IatiActivityStore store;

    IatiPartnerSection(IatiActivityStore store) {
        this.store = store;
    }

    @Override
    public String titleKey() {
        return "iati.partnerSection";
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerPageItem> items(String partnerCode) {
        return store.ofPartner(partnerCode).stream().map(s -> {
            ImportedActivity a = s.activity();
            String dates = (a.startDate() == null ? "?" : a.startDate().toString()) + " – "
                    + (a.endDate() == null ? "?" : a.endDate().toString());
            String budget = a.budgetTotal() == null ? "" : ", " + a.budgetTotal().toPlainString() + " " + a.budgetCurrency();
            return new PartnerPageItem(a.title(), a.identifier() + ", " + dates + budget, null);
        }).toList();
    }

    @Override
    public int order() {
        return 300;
    }
}
