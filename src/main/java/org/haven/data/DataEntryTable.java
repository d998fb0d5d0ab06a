package org.haven.data;

import java.util.List;

/**
 * The entry table of one data element: rows are the options of its first category, columns the combinations of the
 * others (or one "Value" column). {@code kind} is NUMBER (text input with totals), BOOLEAN or MILESTONE (choices).
 */
record DataEntryTable(int index, String elementCode, String elementName, String kind, String rowHeader,
        List<String> columns, List<DataEntryRow> rows, List<String> stages) {

    DataEntryTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        stages = List.copyOf(stages);
    }

    /** Totals make sense for numbers with more than one cell. */
    public boolean totals() {
        return "NUMBER".equals(kind) && (rows.size() > 1 || columns.size() > 1);
    }

    public boolean rowTotals() {
        return totals() && columns.size() > 1;
    }

    public boolean columnTotals() {
        return totals() && rows.size() > 1;
    }

    public int cellCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).sum();
    }
}
