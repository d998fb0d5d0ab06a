package org.haven.partner;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** The sections other features add to a partner's page ({@link PartnerPageContributor} beans), in their order. */
@Component
class PartnerSections {

    /** A section with its items, as the page shows it. */
    record Section(String titleKey, List<PartnerPageContributor.PartnerPageItem> items) {
    }

    private final List<PartnerPageContributor> contributors;

    PartnerSections(List<PartnerPageContributor> contributors) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(PartnerPageContributor::order)).toList();
    }

    /** The sections with something to show (an empty list hides a section, as the contract says). */
    List<Section> of(String partnerCode) {
        return contributors.stream().map(c -> new Section(c.titleKey(), c.items(partnerCode))).filter(s -> !s.items().isEmpty()).toList();
    }

    /** True when some other feature lists something for the partner (so it is in use). */
    boolean usedElsewhere(String partnerCode) {
        return contributors.stream().anyMatch(c -> !c.items(partnerCode).isEmpty());
    }
}
