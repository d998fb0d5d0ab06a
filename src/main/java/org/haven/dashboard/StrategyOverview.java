package org.haven.dashboard;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsResult;
import org.haven.analytics.AnalyticsRow;
import org.haven.analytics.ProgressStatus;
import org.haven.analytics.StatusThresholds;
import org.haven.analytics.ValueView;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.plan.CoverageGaps;
import org.haven.plan.PlanSummaries;
import org.springframework.stereotype.Component;

/**
 * The Strategy overview: each strategic and operational objective with the latest world value of its indicators
 * against their targets, activities by status, and the framework nodes no activity covers.
 */
@Component
class StrategyOverview {

    static final String WORLD = "001";

    record Overview(int year, List<ObjectiveTile> strategic, List<ObjectiveTile> operational, StatusLegend legend,
            Chart activities, List<GapGroup> gaps, boolean demo, boolean suppressed) {
    }

    /** An objective and its indicators; {@code href} is null where the framework pages need a login. */
    record ObjectiveTile(FrameworkNode node, String href, List<Progress> indicators) {
    }

    /** One indicator's latest value against its target. */
    record Progress(String code, String name, String href, String value, String target, String percent,
            ProgressStatus status, String statusText, String note, boolean demo, boolean suppressed) {
    }

    record GapGroup(NodeKind kind, List<Gap> nodes) {
    }

    record Gap(String code, String label, String href) {
    }

    private final Analytics analytics;
    private final FrameworkCatalog framework;
    private final IndicatorCatalog indicators;
    private final PlanSummaries plan;
    private final ValueText text;
    private final Charts charts;
    private final Clock clock;

    StrategyOverview(Analytics analytics, FrameworkCatalog framework, IndicatorCatalog indicators,
            PlanSummaries plan, ValueText text, Charts charts) {
        this.analytics = analytics;
        this.framework = framework;
        this.indicators = indicators;
        this.plan = plan;
        this.text = text;
        this.charts = charts;
        this.clock = Clock.systemUTC();
    }

    Overview build(DashboardScope scope) {
        int year = Year.now(clock).getValue();
        List<FrameworkNode> strategic = framework.byKind(NodeKind.STRATEGIC_OBJECTIVE);
        List<FrameworkNode> operational = framework.byKind(NodeKind.OPERATIONAL_OBJECTIVE);
        Map<String, List<IndicatorSummary>> byNode = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (IndicatorSummary i : indicators.all()) {
            for (String node : i.nodeCodes()) {
                byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(i);
            }
        }
        for (FrameworkNode n : concat(strategic, operational)) {
            byNode.getOrDefault(n.code(), List.of()).forEach(i -> codes.add(i.code()));
        }
        Map<String, AnalyticsRow> latest = latest(List.copyOf(codes), year, scope);
        Map<String, StatusThresholds> thresholds = new LinkedHashMap<>();
        codes.forEach(c -> thresholds.put(c, analytics.thresholds(c)));
        List<ObjectiveTile> so = tiles(strategic, byNode, latest, scope);
        List<ObjectiveTile> oo = tiles(operational, byNode, latest, scope);
        boolean demo = latest.values().stream().anyMatch(AnalyticsRow::demo);
        boolean suppressed = latest.values().stream().anyMatch(AnalyticsRow::suppressed);
        return new Overview(year, so, oo, StatusLegend.of(thresholds), activities(scope), gaps(scope), demo,
                suppressed);
    }

    /** The latest world value up to the end of {@code year} of each indicator, by indicator code. */
    private Map<String, AnalyticsRow> latest(List<String> codes, int year, DashboardScope scope) {
        Map<String, AnalyticsRow> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        AnalyticsResult result = analytics.query(scope.apply(AnalyticsQuery.of(codes, List.of(WORLD),
                List.of(String.valueOf(year))).columns(List.of("dx", "ou", "pe")).view(ValueView.LATEST)));
        for (AnalyticsRow row : result.rows()) {
            out.putIfAbsent(row.keys().get(0), row);
        }
        return out;
    }

    private List<ObjectiveTile> tiles(List<FrameworkNode> nodes, Map<String, List<IndicatorSummary>> byNode,
            Map<String, AnalyticsRow> latest, DashboardScope scope) {
        List<ObjectiveTile> tiles = new ArrayList<>();
        for (FrameworkNode node : nodes) {
            List<Progress> progress = byNode.getOrDefault(node.code(), List.of()).stream()
                    .map(i -> progress(i, latest.get(i.code()), scope)).toList();
            tiles.add(new ObjectiveTile(node, scope.publicView() ? null : "/framework/nodes/" + node.code(), progress));
        }
        return tiles;
    }

    private Progress progress(IndicatorSummary i, AnalyticsRow row, DashboardScope scope) {
        Measure m = Measure.of(i);
        if (row == null) {
            return new Progress(i.code(), i.name(), scope.indicator(i.code()), text.message("dashboard.noValue"),
                    text.message("dashboard.noValue"), text.message("dashboard.noValue"), ProgressStatus.NO_TARGET,
                    text.status(ProgressStatus.NO_TARGET), null, false, false);
        }
        ProgressStatus status = row.status() == null ? ProgressStatus.NO_TARGET : row.status();
        return new Progress(i.code(), i.name(), scope.indicator(i.code()), text.value(row, m),
                text.value(row.target(), false, m),
                row.percentOfTarget() == null ? text.message("dashboard.noValue")
                        : text.number(row.percentOfTarget(), 0) + " %",
                status, text.status(status), text.note(row), row.demo(), row.suppressed());
    }

    private Chart activities(DashboardScope scope) {
        List<PlanSummaries.StatusCount> counts = plan.statusCounts(null);
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        for (PlanSummaries.StatusCount c : counts) {
            String name = text.message("plan.status." + c.status().name());
            names.add(name);
            values.add((double) c.activities());
            tips.add(text.message("dashboard.activities.tip", name, c.activities(), c.demo()));
            String href = scope.publicView() ? null : "/activities?status=" + c.status().name();
            rows.add(List.of(DataTable.Cell.link(name, href), number(c.activities()), number(c.demo())));
        }
        String title = text.message("dashboard.activities.title");
        ChartData data = new ChartData("bar", "activities-by-status", null, names,
                List.of(new ChartData.Series(text.message("dashboard.activities.series"), "value", values, tips)),
                null, null, null);
        DataTable table = new DataTable(title, List.of(text.message("dashboard.activities.status"),
                text.message("dashboard.activities.series"), text.message("dashboard.activities.demo")), rows);
        return charts.chart("chart-activities", title, data, table);
    }

    private static DataTable.Cell number(long n) {
        return new DataTable.Cell(String.valueOf(n), null, true, null, false, false, null);
    }

    private List<GapGroup> gaps(DashboardScope scope) {
        List<GapGroup> groups = new ArrayList<>();
        for (CoverageGaps g : plan.gaps()) {
            if (g.nodes().isEmpty()) {
                continue;
            }
            groups.add(new GapGroup(g.kind(), g.nodes().stream().map(n -> new Gap(n.code(), n.label(),
                    scope.publicView() ? null : "/framework/nodes/" + n.code())).toList()));
        }
        return groups;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
