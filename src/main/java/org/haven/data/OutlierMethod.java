package org.haven.data;

/**
 * How a value is compared with the same cell's history: Z_SCORE flags |value - mean| / standard deviation above
 * the threshold (needs at least 4 prior values); MIN_MAX flags values outside [min - 50%, max + 50%] of history.
 */
public enum OutlierMethod {
    Z_SCORE, MIN_MAX
}
