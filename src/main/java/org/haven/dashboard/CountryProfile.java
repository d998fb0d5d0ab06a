package org.haven.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsRow;
import org.haven.analytics.ProgressStatus;
import org.haven.core.NotFoundException;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.plan.Activity;
import org.haven.plan.PlanSummaries;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;
import org.springframework.stereotype.Component;

/**
 * A country profile: every indicator with a value for the country, its latest value beside the value of the nearest
 * region that has one (intermediate region, sub-region, then region) and the world's, in the same year where they
 * have it, charts comparing them (per unit, for rates and percentages), and the activities there.
 */
@Component
class CountryProfile {

    /** {@code regions}: the regions the country lies in, nearest first (intermediate region, sub-region, region). */
    record CountryPage(OrgUnit country, List<OrgUnit> regions, DataTable indicators, List<Chart> comparisons,
            List<ActivityLine> activities, boolean demo, boolean suppressed) {

        public String regionNames() {
            return String.join(", ", regions.stream().map(OrgUnit::name).toList());
        }
    }

    /** One activity in the country; {@code href} is null in the public view. */
    record ActivityLine(String code, String title, String href, String status, String period, String lead,
            boolean demo) {
    }

    /**
     * The latest year of the country, its row, and those of the nearest region with a value and of the world in that
     * year (or their latest).
     */
    private record Compared(IndicatorSummary indicator, int year, AnalyticsRow country, Dated region, Dated world) {
    }

    /** A row of {@code unit} in {@code year}. */
    private record Dated(OrgUnit unit, int year, AnalyticsRow row) {
    }

    private static final List<String> COMPARABLE = List.of("PERCENTAGE", "RATE", "RATIO", "AVERAGE");

    private final Analytics analytics;
    private final IndicatorCatalog indicators;
    private final OrgUnitDirectory orgUnits;
    private final PlanSummaries plan;
    private final FrameworkCatalog framework;
    private final ValueText text;
    private final Charts charts;
    private final Clock clock = Clock.systemUTC();

    CountryProfile(Analytics analytics, IndicatorCatalog indicators, OrgUnitDirectory orgUnits, PlanSummaries plan,
            FrameworkCatalog framework, ValueText text, Charts charts) {
        this.analytics = analytics;
        this.indicators = indicators;
        this.orgUnits = orgUnits;
        this.plan = plan;
        this.framework = framework;
        this.text = text;
        this.charts = charts;
    }

    CountryPage build(String iso3, DashboardScope scope) {
        String code = iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
        OrgUnit country = orgUnits.isCountry(code) ? orgUnits.find(code).orElse(null) : null;
        if (country == null) {
            throw new NotFoundException("Country", iso3);
        }
        List<OrgUnit> regions = regions(country);
        OrgUnit world = orgUnits.find(StrategyOverview.WORLD).orElseThrow();
        List<IndicatorSummary> all = indicators.all();
        List<String> units = new ArrayList<>(List.of(country.code()));
        regions.forEach(r -> units.add(r.code()));
        units.add(world.code());
        Map<String, Map<String, TreeMap<Integer, AnalyticsRow>>> rows = new HashMap<>();
        if (!all.isEmpty()) {
            for (AnalyticsRow row : analytics.query(scope.apply(AnalyticsQuery.of(
                    all.stream().map(IndicatorSummary::code).toList(), units, Years.all(clock))
                    .columns(List.of("dx", "ou", "pe")))).rows()) {
                Integer year = Years.year(row.keys().get(2));
                if (year != null && (row.value() != null || row.suppressed())) {
                    rows.computeIfAbsent(row.keys().get(0), k -> new HashMap<>())
                            .computeIfAbsent(row.keys().get(1), k -> new TreeMap<>()).put(year, row);
                }
            }
        }
        RowFlags flags = new RowFlags();
        List<Compared> compared = new ArrayList<>();
        for (IndicatorSummary i : all) {
            Map<String, TreeMap<Integer, AnalyticsRow>> byUnit = rows.getOrDefault(i.code(), Map.of());
            TreeMap<Integer, AnalyticsRow> own = byUnit.get(country.code());
            if (own == null || own.isEmpty()) {
                continue;
            }
            int year = own.lastKey();
            Dated region = null;
            for (OrgUnit r : regions) {
                region = region == null ? dated(r, byUnit.get(r.code()), year) : region;
            }
            Dated w = dated(world, byUnit.get(world.code()), year);
            flags.see(own.get(year));
            flags.see(region == null ? null : region.row());
            flags.see(w == null ? null : w.row());
            compared.add(new Compared(i, year, own.get(year), region, w));
        }
        return new CountryPage(country, regions, table(country, compared, scope), comparisons(country, compared),
                activities(country, scope), flags.demo(), flags.suppressed());
    }

    /** The regions the country lies in, from its path, nearest first; World not included. */
    private List<OrgUnit> regions(OrgUnit country) {
        List<OrgUnit> out = new ArrayList<>();
        for (String code : country.path().split("/")) {
            Optional<OrgUnit> unit = orgUnits.find(code);
            if (unit.isPresent() && unit.get().type() != OrgUnitType.WORLD && unit.get().type() != OrgUnitType.COUNTRY) {
                out.add(0, unit.get());
            }
        }
        return out;
    }

    /** The unit's row in {@code year}, else its latest row; null without any. */
    private static Dated dated(OrgUnit unit, TreeMap<Integer, AnalyticsRow> rows, int year) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        return rows.containsKey(year) ? new Dated(unit, year, rows.get(year))
                : new Dated(unit, rows.lastKey(), rows.lastEntry().getValue());
    }

    private DataTable table(OrgUnit country, List<Compared> compared, DashboardScope scope) {
        List<String> headers = List.of(text.message("dashboard.col.indicator"), text.message("dashboard.col.year"),
                country.name(), text.message("dashboard.col.region"), text.message("dashboard.world"),
                text.message("dashboard.col.status"));
        List<List<DataTable.Cell>> out = new ArrayList<>();
        for (Compared c : compared) {
            Measure m = Measure.of(c.indicator());
            ProgressStatus status = c.country().status() == null ? ProgressStatus.NO_TARGET : c.country().status();
            out.add(List.of(DataTable.Cell.link(c.indicator().code() + " " + c.indicator().name(),
                            scope.indicator(c.indicator().code()) + "?ou=" + country.code()),
                    DataTable.Cell.text(String.valueOf(c.year())), text.cell(c.country(), m),
                    datedCell(c.region(), c.year(), m, true), datedCell(c.world(), c.year(), m, false),
                    DataTable.Cell.status(text.status(status), status)));
        }
        return new DataTable(text.message("dashboard.country.indicators.caption", country.name()), headers, out);
    }

    /** The value, naming the region ({@code named}) and the year when it is not the country's. */
    private DataTable.Cell datedCell(Dated d, int year, Measure m, boolean named) {
        if (d == null) {
            return text.cell(null, m);
        }
        DataTable.Cell cell = text.cell(d.row(), m);
        List<String> about = new ArrayList<>();
        if (named) {
            about.add(d.unit().name());
        }
        if (d.year() != year) {
            about.add(String.valueOf(d.year()));
        }
        if (about.isEmpty()) {
            return cell;
        }
        return new DataTable.Cell(cell.text() + " (" + String.join(", ", about) + ")", null, true, cell.note(),
                cell.demo(), cell.suppressed(), null);
    }

    /** One horizontal bar chart per unit (%, per 100,000 ...) over the rates and percentages of the country. */
    private List<Chart> comparisons(OrgUnit country, List<Compared> compared) {
        Map<String, List<Compared>> byUnit = new LinkedHashMap<>();
        for (Compared c : compared) {
            if (COMPARABLE.contains(c.indicator().type())) {
                String unit = c.indicator().unit() == null ? "" : c.indicator().unit();
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(c);
            }
        }
        List<Chart> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Compared>> group : byUnit.entrySet()) {
            List<Compared> items = group.getValue();
            List<String> names = items.stream().map(c -> c.indicator().code()).toList();
            String regionName = text.message("dashboard.col.region");
            String worldName = text.message("dashboard.world");
            List<ChartData.Series> series = List.of(
                    series(country.name(), items, c -> new Dated(country, c.year(), c.country())),
                    series(regionName, items, Compared::region), series(worldName, items, Compared::world));
            String unit = group.getKey();
            String title = text.message("dashboard.country.compare.title", country.name(), unit);
            List<String> headers = List.of(text.message("dashboard.col.indicator"), country.name(), regionName,
                    worldName);
            List<List<DataTable.Cell>> rows = new ArrayList<>();
            for (Compared c : items) {
                Measure m = Measure.of(c.indicator());
                rows.add(List.of(DataTable.Cell.text(c.indicator().code() + " " + c.indicator().name()),
                        datedCell(new Dated(country, c.year(), c.country()), c.year(), m, false),
                        datedCell(c.region(), c.year(), m, true), datedCell(c.world(), c.year(), m, false)));
            }
            ChartData data = new ChartData("bar", country.code() + "-compare-" + (++n), unit, names, series, null,
                    null, null);
            out.add(charts.chart("chart-compare-" + n, title, data, new DataTable(title, headers, rows)));
        }
        return out;
    }

    private ChartData.Series series(String name, List<Compared> items, Function<Compared, Dated> pick) {
        List<Double> values = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        for (Compared c : items) {
            Dated d = pick.apply(c);
            values.add(d == null ? null : d.row().value());
            tips.add(d == null ? null : text.tip(d.unit().name() + ", " + c.indicator().code() + ", " + d.year(),
                    d.row(), Measure.of(c.indicator())));
        }
        return new ChartData.Series(name, "value", values, tips);
    }

    private List<ActivityLine> activities(OrgUnit country, DashboardScope scope) {
        List<ActivityLine> out = new ArrayList<>();
        for (Activity a : plan.inArea(country.code())) {
            String lead = framework.find(a.leadImplementer()).map(FrameworkNode::label).orElse(a.leadImplementer());
            String period = (a.startDate() == null ? "" : a.startDate().toString()) + " – "
                    + (a.endDate() == null ? "" : a.endDate().toString());
            out.add(new ActivityLine(a.code(), a.title(), scope.publicView() ? null : "/activities/" + a.id(),
                    text.message("plan.status." + a.status().name()), period, lead, a.demo()));
        }
        return out;
    }
}
