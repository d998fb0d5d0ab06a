package org.haven.dashboard;

import java.util.List;

import org.haven.indicator.IndicatorCatalog.IndicatorSummary;

/**
 * What a chart shows: an indicator, or the data element counted in its numerator ("count" instead of the rate).
 * {@code decimals} is the number of decimals shown; {@code unit} is shown after percentages and in captions;
 * {@code stages} names the stages of a milestone indicator.
 */
record Measure(String dx, String name, String unit, int decimals, boolean count, List<String> stages) {

    Measure {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    static Measure of(IndicatorSummary indicator) {
        return new Measure(indicator.code(), indicator.name(), indicator.unit(), indicator.decimals(), false,
                indicator.milestoneStages());
    }

    static Measure count(IndicatorSummary indicator, String elementName) {
        return new Measure(indicator.countElement(), elementName, null, 0, true, List.of());
    }

    /** A plain number with {@code decimals} decimals and no unit (numerators, denominators). */
    static Measure plain(String dx, int decimals) {
        return new Measure(dx, dx, null, decimals, true, List.of());
    }

    /** The stage a milestone value names (values are 0-based stage indexes), or null. */
    String stage(double value) {
        int index = (int) value;
        return index == value && index >= 0 && index < stages.size() ? stages.get(index) : null;
    }

    /** Percentages ("%", "% of women aged 20-24") show a % sign after the value. */
    boolean percent() {
        return unit != null && unit.trim().startsWith("%");
    }
}
