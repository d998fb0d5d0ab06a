package org.haven.participation;

import java.util.List;

/**
 * What a form or API caller sends to record or change an engagement. Dates are ISO strings and choices are enum
 * names, checked by {@link EngagementValidator} so each error names its field. {@code activity} is the activity's
 * code; {@code safeguarding} items left out count as not met; {@code version} is required for changes.
 */
record EngagementInput(String date, String activity, String country, String purpose, String modality,
        List<ChildCountInput> children, String childrenWithDisabilities, String childrenOnTheMove,
        SafeguardingInput safeguarding, String whatChildrenSaid, String howViewsWereUsed, Boolean loopClosed,
        String feedbackDate, Boolean demo, Integer version) {

    EngagementInput {
        children = children == null ? List.of() : children.stream().filter(c -> c != null).toList();
    }

    /** One count as sent: sex (F, M, U), age band (AGE_CHILD option) and the number of children. */
    record ChildCountInput(String sex, String ageBand, Integer children) {
    }

    /** The checklist as sent; null items count as not met. */
    record SafeguardingInput(Boolean informedConsent, Boolean focalPointNamed, Boolean dataMinimised,
            Boolean childFriendlyInformation) {

        Safeguarding toSafeguarding() {
            return new Safeguarding(Boolean.TRUE.equals(informedConsent), Boolean.TRUE.equals(focalPointNamed),
                    Boolean.TRUE.equals(dataMinimised), Boolean.TRUE.equals(childFriendlyInformation));
        }
    }
}
