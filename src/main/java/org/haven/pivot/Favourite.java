package org.haven.pivot;

import java.time.OffsetDateTime;

/**
 * A saved pivot table or chart: its owner (username), name, how it shows ({@link Kind}) and the selection it shows,
 * optionally shared with everyone. Shown live: the values are read again each time it is opened.
 */
record Favourite(long id, String owner, String name, Kind kind, PivotSelection selection, boolean shared,
        int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** PIVOT shows the table; CHART the chart with the table as its accessible equivalent. */
    enum Kind {
        PIVOT, CHART
    }

    /** The pivot page showing this favourite's selection (with a chart for a CHART favourite). */
    public String href() {
        PivotSelection shown = kind == Kind.CHART && selection.chart() == PivotSelection.Chart.NONE
                ? selection.withChart(PivotSelection.Chart.BAR) : selection;
        return PivotController.link("/pivot", shown);
    }
}
