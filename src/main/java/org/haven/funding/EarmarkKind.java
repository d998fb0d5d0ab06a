package org.haven.funding;

/** What an agreement can be earmarked to: a strategic objective, a priority context, a country or an activity. */
enum EarmarkKind {
    OBJECTIVE, CONTEXT, COUNTRY, ACTIVITY
}
