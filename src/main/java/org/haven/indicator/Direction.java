package org.haven.indicator;

/** Whether a rising indicator value is progress. */
enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
