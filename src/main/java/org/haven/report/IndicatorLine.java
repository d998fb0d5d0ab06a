package org.haven.report;

import org.haven.analytics.ProgressStatus;

/**
 * One indicator in a report: its latest value on or before the end of the report's year, baseline, target of that
 * year, percent of the way to the target and status, all as analytics computes them (the dashboards' figures).
 * Texts are formatted; {@code percentOfTarget} is kept as a number for charts.
 */
record IndicatorLine(String code, String name, String unit, String baseline, String target, String actual,
        String percent, Double percentOfTarget, ProgressStatus status, String statusText, boolean hasValue,
        boolean demo, boolean suppressed) {

    public String statusClass() {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
