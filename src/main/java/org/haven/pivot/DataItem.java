package org.haven.pivot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * An indicator or data element as the pivot combines its values. {@code type}: an indicator's type (COUNT,
 * PERCENTAGE, RATIO, RATE, AVERAGE, YES_NO, MILESTONE) or an element's value type (NUMBER, INTEGER, BOOLEAN,
 * MILESTONE). {@code ratio}: values are numerator / denominator x {@code multiplier}. {@code denominatorCategories}:
 * the categories every element of the denominator is split by (for any other category the engine repeats the
 * denominator's total on each option). {@code aggregationOrg}/{@code aggregationTime}: SUM, AVERAGE, LAST or NONE.
 */
record DataItem(String code, String name, boolean indicator, String type, boolean ratio, BigDecimal multiplier,
        String aggregationOrg, String aggregationTime, int decimals, Set<String> denominatorCategories) {

    private static final List<String> SUMMABLE = List.of("COUNT", "NUMBER", "INTEGER");

    DataItem {
        denominatorCategories = Set.copyOf(denominatorCategories);
    }

    /**
     * True when values can be combined by adding: ratios through their numerators and denominators, counts and
     * numbers directly; never percentages published without a denominator, yes/no or milestone stages.
     */
    boolean additive() {
        return ratio || SUMMABLE.contains(type);
    }
}
