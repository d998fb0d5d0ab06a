package org.haven.dashboard;

import java.util.List;

/**
 * What static/js/dashboard.js draws. {@code type}: "line" (categories on the x axis, one line per series), "bar"
 * (horizontal bars, one bar group per category), "pie" or "map" (a choropleth of {@code points} on the world map at
 * {@code mapUrl}). {@code file} names the downloaded PNG and SVG files. Series roles: "value", "baseline", "target".
 */
record ChartData(String type, String file, String unit, List<String> categories, List<Series> series,
        List<MapPoint> points, String mapUrl, String noDataLabel) {

    ChartData {
        categories = categories == null ? List.of() : List.copyOf(categories);
        series = series == null ? List.of() : List.copyOf(series);
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** One line, bar series or pie; {@code tips} are the tooltip texts of its points (nature, origin, demo). */
    record Series(String name, String role, List<Double> data, List<String> tips) {

        Series {
            data = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(data));
            tips = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tips));
        }
    }

    /** One country of a map: its UN M49 code (the map's feature id), value, tooltip text and profile link. */
    record MapPoint(String m49, String name, Double value, String tip, String href) {
    }
}
