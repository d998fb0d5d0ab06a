package org.haven.report;

import java.util.List;

/**
 * One chart of a report: horizontal bars, one group per category, one bar per series. {@code json} is what
 * static/js/dashboard.js draws on web pages (escaped for a script block); {@code image} the same chart drawn by
 * JFreeChart as a PNG data URI for the PDF (null on web pages); {@code alt} describes it in words for screen readers
 * and the PDF's alternate text. The numbers are also in the table next to every chart.
 */
record ReportChart(String id, String title, String alt, String unit, List<String> categories, List<Series> series,
        String json, String image) {

    ReportChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** A series; null values are gaps. */
    record Series(String name, List<Double> values) {

        Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    boolean empty() {
        return categories.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
    }
}
