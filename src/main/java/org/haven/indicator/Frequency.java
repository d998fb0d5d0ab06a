package org.haven.indicator;

/** How often an indicator is reported. */
enum Frequency {
    MONTHLY, QUARTERLY, YEARLY
}
