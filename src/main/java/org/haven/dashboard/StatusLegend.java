package org.haven.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.analytics.StatusThresholds;

/**
 * The thresholds that turn percent of target into a status, for a legend: those most indicators on the page use,
 * and the indicators with their own.
 */
record StatusLegend(StatusThresholds thresholds, List<Own> own) {

    StatusLegend {
        own = List.copyOf(own);
    }

    /** An indicator whose thresholds differ from the legend's. */
    record Own(String indicator, StatusThresholds thresholds) {
    }

    /** {@code byIndicator} in page order; the defaults when the page has no indicator. */
    static StatusLegend of(Map<String, StatusThresholds> byIndicator) {
        Map<StatusThresholds, Integer> uses = new LinkedHashMap<>();
        uses.put(StatusThresholds.DEFAULT, 0);
        byIndicator.values().forEach(t -> uses.merge(t, 1, Integer::sum));
        StatusThresholds common = StatusThresholds.DEFAULT;
        for (Map.Entry<StatusThresholds, Integer> e : uses.entrySet()) {
            if (e.getValue() > uses.get(common)) {
                common = e.getKey();
            }
        }
        List<Own> own = new ArrayList<>();
        for (Map.Entry<String, StatusThresholds> e : byIndicator.entrySet()) {
            if (!e.getValue().equals(common)) {
                own.add(new Own(e.getKey(), e.getValue()));
            }
        }
        return new StatusLegend(common, own);
    }
}
