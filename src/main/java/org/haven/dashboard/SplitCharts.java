package org.haven.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsResult;
import org.haven.analytics.AnalyticsRow;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.OptionDefinition;
import org.haven.reference.OrgUnit;
import org.springframework.stereotype.Component;

/**
 * The trend split by sex and by age: one line per option over the years, for each sex or age category that every
 * data element behind the measure is disaggregated by (so numerator and denominator split alike).
 */
@Component
class SplitCharts {

    static final String SEX = "SEX";
    static final String AGE_PREFIX = "AGE";

    private final Analytics analytics;
    private final DataElementCatalog elements;
    private final ValueText text;
    private final Charts charts;
    private final Clock clock = Clock.systemUTC();

    SplitCharts(Analytics analytics, DataElementCatalog elements, ValueText text, Charts charts) {
        this.analytics = analytics;
        this.elements = elements;
        this.text = text;
        this.charts = charts;
    }

    List<Chart> build(Measure measure, OrgUnit unit, List<String> numerator, List<String> denominator,
            DashboardScope scope, RowFlags flags) {
        List<Chart> out = new ArrayList<>();
        for (CategoryDefinition category : shared(numerator, denominator)) {
            Chart chart = chart(measure, unit, category, scope, flags);
            if (chart != null) {
                out.add(chart);
            }
        }
        return out;
    }

    /** Sex first, then the age categories, that every element of numerator and denominator has. */
    private List<CategoryDefinition> shared(List<String> numerator, List<String> denominator) {
        Map<String, CategoryDefinition> common = null;
        List<String> all = new ArrayList<>(numerator);
        all.addAll(denominator);
        for (String code : all) {
            ElementDefinition element = elements.element(code).orElse(null);
            if (element == null) {
                return List.of();
            }
            Map<String, CategoryDefinition> here = new LinkedHashMap<>();
            element.categories().forEach(c -> here.put(c.code(), c));
            if (common == null) {
                common = here;
            } else {
                common.keySet().retainAll(here.keySet());
            }
        }
        if (common == null) {
            return List.of();
        }
        List<CategoryDefinition> out = new ArrayList<>();
        if (common.containsKey(SEX)) {
            out.add(common.get(SEX));
        }
        common.values().stream().filter(c -> c.code().startsWith(AGE_PREFIX)).forEach(out::add);
        return out;
    }

    private Chart chart(Measure measure, OrgUnit unit, CategoryDefinition category, DashboardScope scope,
            RowFlags flags) {
        AnalyticsResult result = analytics.query(scope.apply(AnalyticsQuery.of(List.of(measure.dx()),
                List.of(unit.code()), Years.all(clock)).by(List.of(category.code()))
                .columns(List.of("dx", "ou", "pe", category.code()))));
        Map<String, Map<Integer, AnalyticsRow>> byOption = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (AnalyticsRow row : result.rows()) {
            Integer year = Years.year(row.keys().get(2));
            if (year == null || row.value() == null && !row.suppressed()) {
                continue;
            }
            byOption.computeIfAbsent(row.keys().get(3), k -> new TreeMap<>()).put(year, flags.see(row));
            years.add(year);
        }
        if (years.isEmpty()) {
            return null;
        }
        List<OptionDefinition> options = category.options().stream().filter(o -> byOption.containsKey(o.code()))
                .toList();
        List<String> categories = years.stream().map(String::valueOf).toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (OptionDefinition option : options) {
            Map<Integer, AnalyticsRow> rows = byOption.get(option.code());
            List<Double> data = new ArrayList<>();
            List<String> tips = new ArrayList<>();
            for (int y : years) {
                AnalyticsRow row = rows.get(y);
                data.add(row == null ? null : row.value());
                tips.add(row == null ? null : text.tip(option.name() + ", " + y, row, measure));
            }
            series.add(new ChartData.Series(option.name(), "value", data, tips));
        }
        String title = text.message("dashboard.split.title", measure.name(), category.name(), unit.name());
        List<String> headers = new ArrayList<>();
        headers.add(text.message("dashboard.col.year"));
        options.forEach(o -> headers.add(o.name()));
        List<List<DataTable.Cell>> table = new ArrayList<>();
        for (int y : years) {
            List<DataTable.Cell> cells = new ArrayList<>();
            cells.add(DataTable.Cell.text(String.valueOf(y)));
            options.forEach(o -> cells.add(text.cell(byOption.get(o.code()).get(y), measure)));
            table.add(cells);
        }
        ChartData data = new ChartData("line", measure.dx() + "-" + unit.code() + "-" + category.code(),
                measure.unit(), categories, series, null, null, null);
        return charts.chart("chart-" + category.code().toLowerCase(java.util.Locale.ROOT), title, data,
                new DataTable(title, headers, table));
    }
}
