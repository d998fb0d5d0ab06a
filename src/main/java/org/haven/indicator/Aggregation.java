package org.haven.indicator;

/** How values combine across org units or across periods. */
enum Aggregation {
    SUM, AVERAGE, LAST, NONE
}
