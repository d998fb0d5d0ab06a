package org.haven.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsRow;
import org.haven.analytics.ProgressStatus;
import org.haven.core.NotFoundException;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.indicator.IndicatorTarget;
import org.haven.indicator.TargetCatalog;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/**
 * The indicator page: the trend in one org unit with baseline and target, the same split by sex and by age, the
 * world map of country values, and the table of values; as the indicator (a rate or percentage) or as the count in
 * its numerator.
 */
@Component
class IndicatorDashboard {

    record IndicatorPage(IndicatorSummary indicator, Measure measure, String countName, OrgUnit orgUnit,
            List<OrgUnit> regions, List<OrgUnit> countries, StatusLegend legend, Latest latest, Chart trend,
            DataTable values, List<Chart> splits, WorldMap.MapView map, boolean demo, boolean suppressed) {

        public boolean countAvailable() {
            return countName != null;
        }
    }

    /** The most recent value in the org unit, against its target. */
    record Latest(String year, String value, String target, String percent, ProgressStatus status,
            String statusText, String note, boolean demo, boolean suppressed, boolean hasTarget) {
    }

    private final Analytics analytics;
    private final IndicatorCatalog indicators;
    private final DataElementCatalog elements;
    private final TargetCatalog targets;
    private final OrgUnitDirectory orgUnits;
    private final SplitCharts splits;
    private final WorldMap map;
    private final ValueText text;
    private final Charts charts;
    private final Clock clock = Clock.systemUTC();

    IndicatorDashboard(Analytics analytics, IndicatorCatalog indicators, DataElementCatalog elements,
            TargetCatalog targets, OrgUnitDirectory orgUnits, SplitCharts splits, WorldMap map, ValueText text,
            Charts charts) {
        this.analytics = analytics;
        this.indicators = indicators;
        this.elements = elements;
        this.targets = targets;
        this.orgUnits = orgUnits;
        this.splits = splits;
        this.map = map;
        this.text = text;
        this.charts = charts;
    }

    IndicatorPage build(String code, String ou, boolean count, Integer mapYear, DashboardScope scope) {
        IndicatorSummary indicator = indicators.find(code).orElseThrow(() -> new NotFoundException("Indicator", code));
        OrgUnit unit = orgUnits.find(ou == null || ou.isBlank() ? StrategyOverview.WORLD : ou.trim())
                .orElseThrow(() -> new NotFoundException("Org unit", ou));
        String countName = indicator.countElement() == null ? null
                : elements.element(indicator.countElement()).map(ElementDefinition::name).orElse(null);
        Measure measure = count && countName != null ? Measure.count(indicator, countName) : Measure.of(indicator);
        RowFlags flags = new RowFlags();
        TreeMap<Integer, AnalyticsRow> byYear = trendRows(measure, unit, scope, flags);
        List<IndicatorTarget> goals = measure.count() ? List.of() : targets.forIndicator(code, unit.code()).stream()
                .filter(IndicatorTarget::total).toList();
        Chart trend = trend(measure, unit, byYear, goals);
        DataTable values = values(measure, unit, byYear,
                !scope.publicView() && !indicator.denominatorElements().isEmpty());
        List<String> categoryElements = measure.count() ? List.of(indicator.countElement()) : indicator.elements();
        List<Chart> split = splits.build(measure, unit, categoryElements,
                measure.count() ? List.of() : indicator.denominatorElements(), scope, flags);
        WorldMap.MapView mapView = map.build(measure, mapYear, scope, flags);
        return new IndicatorPage(indicator, measure, countName, unit, orgUnits.regions(), orgUnits.countries(),
                StatusLegend.of(Map.of(code, analytics.thresholds(code))), latest(measure, byYear), trend, values,
                split, mapView, flags.demo(), flags.suppressed());
    }

    private TreeMap<Integer, AnalyticsRow> trendRows(Measure measure, OrgUnit unit, DashboardScope scope, RowFlags flags) {
        TreeMap<Integer, AnalyticsRow> byYear = new TreeMap<>();
        for (AnalyticsRow row : analytics.query(scope.apply(AnalyticsQuery.of(List.of(measure.dx()),
                List.of(unit.code()), Years.all(clock)).columns(List.of("dx", "ou", "pe")))).rows()) {
            Integer year = Years.year(row.keys().get(2));
            if (year != null && (row.value() != null || row.suppressed())) {
                byYear.put(year, flags.see(row));
            }
        }
        return byYear;
    }

    private Latest latest(Measure measure, TreeMap<Integer, AnalyticsRow> byYear) {
        if (byYear.isEmpty()) {
            return null;
        }
        Map.Entry<Integer, AnalyticsRow> last = byYear.lastEntry();
        AnalyticsRow row = last.getValue();
        ProgressStatus status = row.status() == null ? ProgressStatus.NO_TARGET : row.status();
        return new Latest(String.valueOf(last.getKey()), text.value(row, measure),
                text.value(row.target(), false, measure),
                row.percentOfTarget() == null ? text.message("dashboard.noValue")
                        : text.number(row.percentOfTarget(), 0) + " %",
                status, text.status(status), text.note(row), row.demo(), row.suppressed(), row.target() != null);
    }

    private Chart trend(Measure measure, OrgUnit unit, Map<Integer, AnalyticsRow> byYear, List<IndicatorTarget> goals) {
        IndicatorTarget baseline = goals.stream().filter(IndicatorTarget::baseline).findFirst().orElse(null);
        List<IndicatorTarget> targetRows = goals.stream().filter(t -> !t.baseline())
                .sorted(Comparator.comparingInt(IndicatorTarget::year)).toList();
        if (byYear.isEmpty() && baseline == null && targetRows.isEmpty()) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int y : byYear.keySet()) {
            first = Math.min(first, y);
            last = Math.max(last, y);
        }
        for (IndicatorTarget t : goals) {
            first = Math.min(first, t.year());
            last = Math.max(last, t.year());
        }
        List<String> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<String> baseTips = new ArrayList<>();
        List<Double> goal = new ArrayList<>();
        List<String> goalTips = new ArrayList<>();
        String baseName = baseline == null ? null
                : text.message("dashboard.trend.baseline", baseline.year(), number(baseline, measure));
        for (int y = first; y <= last; y++) {
            years.add(String.valueOf(y));
            AnalyticsRow row = byYear.get(y);
            values.add(row == null ? null : row.value());
            tips.add(row == null ? null : text.tip(unit.name() + ", " + y, row, measure));
            boolean onBaseline = baseline != null && y >= baseline.year();
            base.add(onBaseline ? baseline.value().doubleValue() : null);
            baseTips.add(onBaseline ? baseName : null);
            int year = y;
            IndicatorTarget t = targetRows.stream().filter(x -> x.year() == year).findFirst().orElse(null);
            goal.add(t == null ? null : t.value().doubleValue());
            goalTips.add(t == null ? null : text.message("dashboard.trend.targetTip", y, number(t, measure)));
        }
        List<ChartData.Series> series = new ArrayList<>();
        series.add(new ChartData.Series(unit.name(), "value", values, tips));
        if (baseline != null) {
            series.add(new ChartData.Series(baseName, "baseline", base, baseTips));
        }
        if (!targetRows.isEmpty()) {
            series.add(new ChartData.Series(text.message("dashboard.trend.target"), "target", goal, goalTips));
        }
        String title = text.message("dashboard.trend.title", measure.name(), unit.name());
        List<String> headers = new ArrayList<>(List.of(text.message("dashboard.col.year"), unit.name()));
        if (baseline != null) {
            headers.add(text.message("dashboard.col.baseline"));
        }
        if (!targetRows.isEmpty()) {
            headers.add(text.message("dashboard.col.target"));
        }
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            List<DataTable.Cell> cells = new ArrayList<>();
            cells.add(DataTable.Cell.text(years.get(i)));
            cells.add(text.cell(byYear.get(Integer.valueOf(years.get(i))), measure));
            if (baseline != null) {
                cells.add(numberCell(base.get(i), measure));
            }
            if (!targetRows.isEmpty()) {
                cells.add(numberCell(goal.get(i), measure));
            }
            rows.add(cells);
        }
        ChartData data = new ChartData("line", measure.dx() + "-" + unit.code() + "-trend", measure.unit(), years,
                series, null, null, null);
        return charts.chart("chart-trend", title, data, new DataTable(title, headers, rows));
    }

    private String number(IndicatorTarget t, Measure measure) {
        return text.value(t.value().doubleValue(), false, measure);
    }

    private DataTable.Cell numberCell(Double value, Measure measure) {
        return new DataTable.Cell(text.value(value, false, measure), null, true, null, false, false, null);
    }

    /** Every year with a value, newest first, with numerator and denominator when asked for (signed-in view). */
    private DataTable values(Measure measure, OrgUnit unit, Map<Integer, AnalyticsRow> byYear, boolean parts) {
        boolean withParts = parts && !measure.count();
        List<String> headers = new ArrayList<>(List.of(text.message("dashboard.col.year"),
                text.message("dashboard.col.value")));
        if (withParts) {
            headers.add(text.message("dashboard.col.numerator"));
            headers.add(text.message("dashboard.col.denominator"));
        }
        if (!measure.count()) {
            headers.add(text.message("dashboard.col.target"));
            headers.add(text.message("dashboard.col.percentOfTarget"));
            headers.add(text.message("dashboard.col.status"));
        }
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        List<Integer> years = new ArrayList<>(byYear.keySet());
        Collections.reverse(years);
        Measure plain = Measure.plain(measure.dx(), 0);
        for (int year : years) {
            AnalyticsRow row = byYear.get(year);
            List<DataTable.Cell> cells = new ArrayList<>();
            cells.add(DataTable.Cell.text(String.valueOf(year)));
            cells.add(text.cell(row, measure));
            if (withParts) {
                cells.add(new DataTable.Cell(text.value(row.numerator(), row.suppressed(), plain), null, true, null,
                        false, row.suppressed(), null));
                cells.add(new DataTable.Cell(text.value(row.denominator(), row.suppressed(), plain), null, true, null,
                        false, row.suppressed(), null));
            }
            if (!measure.count()) {
                ProgressStatus status = row.status() == null ? ProgressStatus.NO_TARGET : row.status();
                cells.add(numberCell(row.target(), measure));
                cells.add(new DataTable.Cell(row.percentOfTarget() == null ? text.message("dashboard.noValue")
                        : text.number(row.percentOfTarget(), 0) + " %", null, true, null, false, false, null));
                cells.add(DataTable.Cell.status(text.status(status), status));
            }
            rows.add(cells);
        }
        return new DataTable(text.message("dashboard.values.caption", measure.name(), unit.name()), headers, rows);
    }
}
