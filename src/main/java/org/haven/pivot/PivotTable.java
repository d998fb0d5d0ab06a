package org.haven.pivot;

import java.util.List;

/**
 * A pivot table ready to render or export. {@code rowDimensions}/{@code columnDimensions} are the placed dimensions'
 * labels; {@code header} the column header rows as HTML cells (with spans); {@code columnLabels} per column the full
 * labels of each column header level (repeated, for exports); {@code body} the rows, each with its HTML header cells,
 * full row labels and cells. {@code dataRows}/{@code dataColumns} mark the rows and columns that are not totals.
 */
record PivotTable(String title, List<String> rowDimensions, List<String> columnDimensions, List<List<Header>> header,
        List<List<String>> columnLabels, List<Row> body, List<Boolean> dataColumns, boolean demo,
        boolean notAdditive, boolean suppressed) {

    PivotTable {
        rowDimensions = List.copyOf(rowDimensions);
        columnDimensions = List.copyOf(columnDimensions);
        header = header.stream().map(List::copyOf).toList();
        columnLabels = columnLabels.stream().map(List::copyOf).toList();
        body = List.copyOf(body);
        dataColumns = List.copyOf(dataColumns);
    }

    /** A header cell: {@code scope} is col, colgroup or row; {@code total} for subtotal and total labels. */
    record Header(String label, int colspan, int rowspan, String scope, boolean total, boolean corner) {
    }

    /** A body row: {@code level} is how many row dimensions it fixes (fewer than all for subtotals and totals). */
    record Row(List<Header> headers, List<String> labels, List<PivotCell> cells, boolean total, int level) {

        Row {
            headers = List.copyOf(headers);
            labels = List.copyOf(labels);
            cells = List.copyOf(cells);
        }
    }

    public boolean empty() {
        return body.isEmpty();
    }

    public int columnCount() {
        return dataColumns.size();
    }
}
