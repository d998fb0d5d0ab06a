package org.haven.dashboard;

import org.haven.analytics.AnalyticsRow;

/** Collects, while a page is built, whether any value shown is demo data or was suppressed by the public view. */
final class RowFlags {

    private boolean demo;
    private boolean suppressed;

    AnalyticsRow see(AnalyticsRow row) {
        if (row != null) {
            demo |= row.demo();
            suppressed |= row.suppressed();
        }
        return row;
    }

    boolean demo() {
        return demo;
    }

    boolean suppressed() {
        return suppressed;
    }
}
