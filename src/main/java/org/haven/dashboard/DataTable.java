package org.haven.dashboard;

import java.util.List;

import org.haven.analytics.ProgressStatus;

/**
 * A table with a caption, column headers and rows whose first cell is the row header: the accessible equivalent
 * of a chart, or a page's own table.
 */
record DataTable(String caption, List<String> headers, List<List<Cell>> rows) {

    DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * One cell. {@code note} is extra text shown after the value (nature and origin of published values); {@code
     * demo} adds a DEMO badge, {@code suppressed} marks a value hidden by the public view, {@code status} shows a
     * progress status.
     */
    record Cell(String text, String href, boolean numeric, String note, boolean demo, boolean suppressed,
            ProgressStatus status) {

        static Cell text(String text) {
            return new Cell(text, null, false, null, false, false, null);
        }

        static Cell link(String text, String href) {
            return new Cell(text, href, false, null, false, false, null);
        }

        static Cell status(String text, ProgressStatus status) {
            return new Cell(text, null, false, null, false, false, status);
        }
    }
}
