package org.haven.exchange.dhis2;

import java.util.List;

/** The rows read from a file and the problems of rows that could not be read at all (e.g. too few CSV columns). */
record Dhis2Read(List<Dhis2Row> rows, List<Dhis2ImportSummary.Conflict> conflicts, String dataSet) {

    Dhis2Read {
        rows = List.copyOf(rows);
        conflicts = List.copyOf(conflicts);
    }
}
