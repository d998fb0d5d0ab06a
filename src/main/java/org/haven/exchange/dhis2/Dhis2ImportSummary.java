package org.haven.exchange.dhis2;

import java.util.List;

/**
 * A DHIS2-style import summary: SUCCESS (everything stored, or would be on a dry run), WARNING (atomicMode=NONE:
 * the clean rows stored, the others listed) or ERROR (nothing stored). {@code ignored} counts rows that changed
 * nothing (same value already stored) plus rows refused. Each conflict names the offending DHIS2 identifier
 * ({@code object}), what is wrong ({@code value}), the field ({@code property}) and the 0-based row indexes.
 */
record Dhis2ImportSummary(String responseType, String status, String description, boolean dryRun, String connection,
        ImportCount importCount, List<Conflict> conflicts) {

    record ImportCount(int imported, int updated, int ignored, int deleted) {
    }

    record Conflict(String object, String value, String property, List<Integer> indexes) {
    }

    static Dhis2ImportSummary error(String description, String connection, int rows, List<Conflict> conflicts) {
        return new Dhis2ImportSummary("ImportSummary", "ERROR", description, false, connection,
                new ImportCount(0, 0, rows, 0), List.copyOf(conflicts));
    }

    boolean success() {
        return "SUCCESS".equals(status);
    }
}
