package org.haven.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsRow;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/**
 * The world map of an indicator: each country's value in the chosen year, or its latest value when no year is
 * chosen, coloured on the shipped world map (static/maps/world-110m.json, features keyed by UN M49 code, matched to
 * Haven's countries through their M49 code).
 */
@Component
class WorldMap {

    static final String MAP_URL = "/maps/world-110m.json";

    /** The map chart (null without any country value), the years that have country values, the year shown. */
    record MapView(Chart chart, List<Integer> years, Integer year) {
    }

    private final Analytics analytics;
    private final OrgUnitDirectory orgUnits;
    private final ValueText text;
    private final Charts charts;
    private final Clock clock = Clock.systemUTC();

    WorldMap(Analytics analytics, OrgUnitDirectory orgUnits, ValueText text, Charts charts) {
        this.analytics = analytics;
        this.orgUnits = orgUnits;
        this.text = text;
        this.charts = charts;
    }

    MapView build(Measure measure, Integer year, DashboardScope scope, RowFlags flags) {
        Map<String, OrgUnit> countries = new HashMap<>();
        orgUnits.countries().forEach(c -> countries.put(c.code(), c));
        Map<String, TreeMap<Integer, AnalyticsRow>> byCountry = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (AnalyticsRow row : analytics.query(scope.apply(AnalyticsQuery.of(List.of(measure.dx()),
                List.of("TYPE-COUNTRY"), Years.all(clock)).columns(List.of("dx", "ou", "pe")))).rows()) {
            Integer y = Years.year(row.keys().get(2));
            if (y == null || !countries.containsKey(row.keys().get(1)) || row.value() == null && !row.suppressed()) {
                continue;
            }
            byCountry.computeIfAbsent(row.keys().get(1), k -> new TreeMap<>()).put(y, row);
            years.add(y);
        }
        Integer shown = year != null && years.contains(year) ? year : null;
        List<OrgUnit> shownCountries = byCountry.keySet().stream().map(countries::get)
                .sorted(Comparator.comparing(OrgUnit::name)).toList();
        List<ChartData.MapPoint> points = new ArrayList<>();
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        for (OrgUnit country : shownCountries) {
            TreeMap<Integer, AnalyticsRow> values = byCountry.get(country.code());
            Map.Entry<Integer, AnalyticsRow> entry = shown == null ? values.lastEntry()
                    : values.containsKey(shown) ? Map.entry(shown, values.get(shown)) : null;
            if (entry == null) {
                continue;
            }
            AnalyticsRow row = flags.see(entry.getValue());
            String href = scope.country(country.code());
            points.add(new ChartData.MapPoint(country.m49(), country.name(), row.value(),
                    text.tip(country.name() + ", " + entry.getKey(), row, measure), href));
            rows.add(List.of(DataTable.Cell.link(country.name(), href), DataTable.Cell.text(String.valueOf(entry.getKey())),
                    text.cell(row, measure)));
        }
        if (points.isEmpty()) {
            return new MapView(null, List.copyOf(years), shown);
        }
        String title = shown == null ? text.message("dashboard.map.titleLatest", measure.name())
                : text.message("dashboard.map.title", measure.name(), shown);
        ChartData data = new ChartData("map", measure.dx() + "-map" + (shown == null ? "" : "-" + shown),
                measure.unit(), null, null, points, MAP_URL, text.message("dashboard.map.noData"));
        DataTable table = new DataTable(title, List.of(text.message("dashboard.col.country"),
                text.message("dashboard.col.year"), text.message("dashboard.col.value")), rows);
        return new MapView(charts.chart("chart-map", title, data, table), List.copyOf(years), shown);
    }
}
