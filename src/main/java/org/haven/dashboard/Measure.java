package org.haven.dashboard;

import org.haven.indicator.IndicatorCatalog.IndicatorSummary;

/**
 * What a chart shows: an indicator, or the data element counted in its numerator ("count" instead of the rate).
 * {@code decimals} is the number of decimals shown; {@code unit} is shown after percentages and in captions.
 */
record Measure(String dx, String name, String unit, int decimals, boolean count) {

    static Measure of(IndicatorSummary indicator) {
        return new Measure(indicator.code(), indicator.name(), indicator.unit(), indicator.decimals(), false);
    }

    static Measure count(IndicatorSummary indicator, String elementName) {
        return new Measure(indicator.countElement(), elementName, null, 0, true);
    }

    boolean percent() {
        return "%".equals(unit);
    }
}
