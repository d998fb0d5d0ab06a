package org.haven.indicator;

import java.math.BigDecimal;

/**
 * Kinds of indicator. Percentages, ratios and rates are kept as numerator and denominator (so they aggregate
 * correctly) and scaled by a multiplier: 100 for a percentage, e.g. 100,000 for a rate per 100,000.
 */
enum IndicatorType {
    COUNT, PERCENTAGE, RATIO, RATE, AVERAGE, YES_NO, MILESTONE;

    BigDecimal defaultMultiplier() {
        return switch (this) {
            case PERCENTAGE -> BigDecimal.valueOf(100);
            case RATE -> BigDecimal.valueOf(100_000);
            default -> BigDecimal.ONE;
        };
    }

    boolean needsDenominator() {
        return this == PERCENTAGE || this == RATIO || this == RATE || this == AVERAGE;
    }

    boolean allowsDenominator() {
        return this != YES_NO && this != MILESTONE;
    }
}
