package org.haven.analytics;

import java.util.List;

/** Entry point of the analytics engine for pages, APIs, reports and the benchmark. Thread-safe. */
public interface Analytics {

    /** The table the query asks for: one row per combination of the asked dimensions that has a value. */
    AnalyticsResult query(AnalyticsQuery query);

    /**
     * A qualitative milestone indicator summarised over org units: how many of the units {@code ou} selects are at
     * each stage in {@code period} (latest value within the period), stages in order, including stages with 0.
     */
    List<StageCount> milestoneCounts(String indicator, List<String> ou, String period, boolean publicView);

    /** The thresholds that turn percent of target into a status for the indicator (its own or the defaults). */
    StatusThresholds thresholds(String indicator);
}
