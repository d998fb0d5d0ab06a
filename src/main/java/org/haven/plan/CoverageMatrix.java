package org.haven.plan;

import java.util.List;

import org.haven.framework.FrameworkNode;

/**
 * Activity counts for every pair of a row node and a column node. {@code cells.get(r).get(c)} counts the activities
 * linked to both {@code rows.get(r)} and {@code columns.get(c)}; the totals count distinct activities linked to the
 * row (or column) node and to at least one node of the other axis, so an activity is counted once per total.
 */
record CoverageMatrix(CoverageAxes axes, List<FrameworkNode> rows, List<FrameworkNode> columns,
        List<List<Integer>> cells, List<Integer> rowTotals, List<Integer> columnTotals, int total) {

    CoverageMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    int count(int row, int column) {
        return cells.get(row).get(column);
    }

    /** The largest cell count, 0 when every cell is empty. */
    int max() {
        return cells.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Shade 0 (empty) to 5 (the largest count) of a cell, proportional to count / max. */
    int heat(int row, int column) {
        int count = count(row, column);
        int max = max();
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(5, (int) Math.ceil(5.0 * count / max)));
    }
}
