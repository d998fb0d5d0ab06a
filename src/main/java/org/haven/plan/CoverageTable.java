package org.haven.plan;

import java.util.ArrayList;
import java.util.List;

import org.haven.framework.FrameworkNode;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A coverage matrix ready for the page: each cell with its count, shade and the link to the activities behind it
 * (the activity list filtered by both nodes and by the page's demo and area filters).
 */
record CoverageTable(String id, CoverageMatrix matrix, List<List<Cell>> cells) {

    CoverageTable {
        cells = cells.stream().map(List::copyOf).toList();
    }

    static CoverageTable of(CoverageMatrix matrix, CoverageFilter filter) {
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < matrix.columns().size(); c++) {
                FrameworkNode rowNode = matrix.rows().get(r);
                FrameworkNode columnNode = matrix.columns().get(c);
                row.add(new Cell(rowNode, columnNode, matrix.count(r, c), matrix.heat(r, c),
                        activitiesHref(filter, rowNode.code(), columnNode.code())));
            }
            cells.add(row);
        }
        return new CoverageTable(matrix.axes().id(), matrix, cells);
    }

    /** /activities?node=ROW&node=COLUMN, plus demo and area when the filter sets them. */
    static String activitiesHref(CoverageFilter filter, String rowCode, String columnCode) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/activities")
                .queryParam("node", rowCode)
                .queryParam("node", columnCode);
        if (filter.demo() != null) {
            uri.queryParam("demo", filter.demo());
        }
        if (filter.area() != null) {
            uri.queryParam("area", filter.area());
        }
        return uri.encode().build().toUriString();
    }

    /** id of the cell's link, e.g. "cell-AWR-CYB". */
    static String cellId(String rowCode, String columnCode) {
        return "cell-" + rowCode + "-" + columnCode;
    }

    record Cell(FrameworkNode row, FrameworkNode column, int count, int heat, String href) {

        public boolean gap() {
            return count == 0;
        }

        public String id() {
            return cellId(row.code(), column.code());
        }
    }
}
