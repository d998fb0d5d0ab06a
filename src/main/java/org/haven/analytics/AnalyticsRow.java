package org.haven.analytics;

import java.util.List;

/**
 * One row of an analytics table: {@code keys} are the codes of the result's columns, in their order. Numbers are
 * null when there is no value (or it is suppressed). {@code value} = numerator / denominator x multiplier for
 * ratio types, else the aggregated numerator. {@code nature} is the nature of published values (C country data, E
 * estimated, M modelled...; null for Haven's own data); {@code origin} where published values come from; {@code demo}
 * is true when any value behind the row is demo data; {@code suppressed} when the public view hid it.
 */
public record AnalyticsRow(List<String> keys, Double value, Double numerator, Double denominator, Double baseline,
        Double target, Double percentOfTarget, ProgressStatus status, String nature, String origin, boolean demo,
        boolean suppressed) {

    public AnalyticsRow {
        keys = List.copyOf(keys);
    }
}
