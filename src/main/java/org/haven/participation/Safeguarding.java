package org.haven.participation;

/** The safeguarding checklist of an engagement. */
record Safeguarding(boolean informedConsent, boolean focalPointNamed, boolean dataMinimised,
        boolean childFriendlyInformation) {

    /** True when every item is met. */
    boolean complete() {
        return informedConsent && focalPointNamed && dataMinimised && childFriendlyInformation;
    }
}
