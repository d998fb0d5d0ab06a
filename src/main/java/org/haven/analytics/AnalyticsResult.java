package org.haven.analytics;

import java.util.List;
import java.util.Map;

/**
 * An analytics table: {@code columns} names the dimension columns in the asked order ("dx", "ou", "pe" and
 * category codes such as "SEX"), each row carries their codes plus the measures; {@code names} maps every code
 * appearing in the table (indicators, org units, periods, options) to its display name.
 */
public record AnalyticsResult(List<String> columns, List<AnalyticsRow> rows, Map<String, String> names) {

    public AnalyticsResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        names = Map.copyOf(names);
    }
}
