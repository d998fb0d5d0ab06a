package org.haven.partner;

import java.util.List;

/**
 * A feature that has something to show on a partner's page (funding agreements, data the partner reported...)
 * implements this; the partner page renders one section per contributor with items, in {@link #order()}.
 */
public interface PartnerPageContributor {

    /** Message key of the section heading. */
    String titleKey();

    /** What to list for this partner, newest or most relevant first; an empty list hides the section. */
    List<PartnerPageItem> items(String partnerCode);

    default int order() {
        return 100;
    }

    /** One line of a section: a label, an optional detail, and an optional link (context-relative, e.g. "/funding/agreements/3"). */
    record PartnerPageItem(String label, String detail, String href) {
    }
}
