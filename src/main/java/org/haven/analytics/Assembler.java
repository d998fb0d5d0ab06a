package org.haven.analytics;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.haven.data.Period;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.OptionDefinition;

/**
 * Runs a {@link QueryPlan}: scans each reference once, computes each dx's cells, adds baseline, target, percent of
 * target and status, and lays the rows out in the asked column order with the names of every code.
 */
final class Assembler {

    private final QueryPlan plan;
    private final ValueStore store;
    private final Function<String, StatusThresholds> thresholds;
    private final Map<String, RefScan.Result> scans = new HashMap<>();
    private Layers rollup;
    private Layers exact;

    Assembler(QueryPlan plan, ValueStore store, Function<String, StatusThresholds> thresholds) {
        this.plan = plan;
        this.store = store;
        this.thresholds = thresholds;
    }

    private RefScan.Result scan(String element, String category, String option, String timeAgg, String orgAgg) {
        String key = element + '|' + category + '|' + option + '|' + timeAgg + '|' + orgAgg;
        RefScan.Result r = scans.get(key);
        if (r == null) {
            boolean exactOrg = "NONE".equals(RefScan.orgAggregation(plan, orgAgg));
            Layers layers = exactOrg ? (exact == null ? exact = Layers.of(plan.units(), plan.snapshot().orgs(), true) : exact)
                    : (rollup == null ? rollup = Layers.of(plan.units(), plan.snapshot().orgs(), false) : rollup);
            r = RefScan.run(plan, store, layers, element, category, option, timeAgg, orgAgg);
            scans.put(key, r);
        }
        return r;
    }

    AnalyticsResult run() {
        IndicatorCells indicators = new IndicatorCells(plan, this::scan);
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < plan.dx().size(); d++) {
            QueryPlan.Dx dx = plan.dx().get(d);
            if (dx.isIndicator()) {
                for (IndicatorCells.Computed c : indicators.compute(dx.indicator())) {
                    rows.add(indicatorRow(d, dx.indicator(), c));
                }
            } else {
                RefScan.Result r = scan(dx.code(), null, null, dx.element().aggregationTime(),
                        dx.element().aggregationOrg());
                if (r.wildMask() != 0) {
                    continue;
                }
                CellTable t = r.cells();
                for (int i = 0; i < t.capacity(); i++) {
                    long cell = t.key(i);
                    if (!CellTable.empty(cell)) {
                        rows.add(new Row(d, cell, t.sum[i], t.sum[i], null, null, null, null, ProgressStatus.NO_TARGET,
                                t.flags[i], t.natures[i], t.origins[i]));
                    }
                }
            }
        }
        rows.sort(this::compare);
        List<AnalyticsRow> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new AnalyticsRow(keys(r), r.value, r.numerator, r.denominator, r.baseline, r.target, r.percent,
                    r.status, marks(r.natures, store.natures), marks(r.origins, store.origins),
                    (r.flags & Partition.DEMO) != 0, false));
        }
        return new AnalyticsResult(plan.columns(), out, names());
    }

    private record Row(int dx, long cell, Double value, Double numerator, Double denominator, Double baseline,
            Double target, Double percent, ProgressStatus status, int flags, long natures, long origins) {
    }

    private Row indicatorRow(int d, Registry.IndicatorDef def, IndicatorCells.Computed c) {
        String ou = plan.snapshot().orgs().code(plan.units()[plan.unitOf(c.cell())]);
        int period = plan.periods()[plan.periodOf(c.cell())];
        String combo = combo(plan.splitOf(c.cell()));
        Double baseline = plan.registry().baseline(def.code(), ou, combo);
        Double target = plan.registry().target(def.code(), ou, store.periods.period(period).end().getYear(), combo);
        Double percent = percentOfTarget(c.value(), baseline, target, def.profile().lowerIsBetter());
        ProgressStatus status = thresholds.apply(def.code()).status(percent);
        return new Row(d, c.cell(), c.value(), c.numerator(), c.denominator(), baseline, target, percent, status,
                c.flags(), c.natures(), c.origins());
    }

    /**
     * Percent of the way to the target: from the baseline when there is one ((value - baseline) / (target -
     * baseline) x 100, the same for both directions); else value / target x 100, or for lower-is-better
     * (2 - value / target) x 100 so that each percent above the target costs what a percent below costs a rising
     * indicator. A zero target (or one equal to the baseline) counts as 100 when reached, else 0.
     */
    static Double percentOfTarget(Double value, Double baseline, Double target, boolean lowerIsBetter) {
        if (value == null || target == null) {
            return null;
        }
        if (baseline != null && Double.compare(baseline, target) != 0) {
            return (value - baseline) / (target - baseline) * 100;
        }
        if (target == 0 || baseline != null) {
            boolean reached = lowerIsBetter ? value <= target : value >= target;
            return reached ? 100.0 : 0.0;
        }
        return lowerIsBetter ? (2 - value / target) * 100 : value / target * 100;
    }

    /** The canonical combination of split index s ("AGE:Y0T4;SEX:F", sorted by category code; "" unsplit). */
    private String combo(int s) {
        if (plan.by().isEmpty()) {
            return "";
        }
        TreeMap<String, String> parts = new TreeMap<>();
        for (int c = 0; c < plan.by().size(); c++) {
            parts.put(plan.by().get(c), option(c, plan.position(s, c)).code());
        }
        StringBuilder out = new StringBuilder();
        parts.forEach((k, v) -> out.append(out.isEmpty() ? "" : ";").append(k).append(':').append(v));
        return out.toString();
    }

    private OptionDefinition option(int c, int position) {
        CategoryDefinition cat = plan.registry().category(plan.by().get(c)).orElseThrow();
        return cat.options().get(position);
    }

    private List<String> keys(Row r) {
        List<String> keys = new ArrayList<>(plan.columns().size());
        for (String column : plan.columns()) {
            keys.add(switch (column) {
                case "dx" -> plan.dx().get(r.dx).code();
                case "ou" -> plan.snapshot().orgs().code(plan.units()[plan.unitOf(r.cell)]);
                case "pe" -> store.periods.period(plan.periods()[plan.periodOf(r.cell)]).iso();
                default -> option(plan.by().indexOf(column), plan.position(plan.splitOf(r.cell), plan.by().indexOf(column))).code();
            });
        }
        return keys;
    }

    private int compare(Row a, Row b) {
        for (String column : plan.columns()) {
            int c = switch (column) {
                case "dx" -> Integer.compare(a.dx, b.dx);
                case "ou" -> Integer.compare(plan.unitOf(a.cell), plan.unitOf(b.cell));
                case "pe" -> Integer.compare(plan.periodOf(a.cell), plan.periodOf(b.cell));
                default -> {
                    int i = plan.by().indexOf(column);
                    yield Integer.compare(plan.position(plan.splitOf(a.cell), i), plan.position(plan.splitOf(b.cell), i));
                }
            };
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** One code, several codes joined by ", ", or null (none, or too many to name). */
    private static String marks(long bits, Interner dictionary) {
        if (bits == 0 || (bits & (1L << 63)) != 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int id = 1; id < 63; id++) {
            if ((bits & (1L << id)) != 0) {
                names.add(dictionary.value(id));
            }
        }
        return String.join(", ", names);
    }

    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (QueryPlan.Dx dx : plan.dx()) {
            names.put(dx.code(), dx.isIndicator() ? dx.indicator().profile().name() : dx.element().name());
        }
        OrgTree orgs = plan.snapshot().orgs();
        Arrays.stream(plan.units()).forEach(u -> names.put(orgs.code(u), orgs.name(u)));
        Arrays.stream(plan.periods()).forEach(p -> names.put(store.periods.period(p).iso(), label(store.periods.period(p))));
        for (String category : plan.by()) {
            plan.registry().category(category).ifPresent(c -> {
                names.put(c.code(), c.name());
                c.options().forEach(o -> names.putIfAbsent(o.code(), o.name()));
            });
        }
        return names;
    }

    /** "2025", "2025 Q2", "April 2025", "July 2025 - June 2026". */
    static String label(Period p) {
        return switch (p.type()) {
            case YEARLY -> p.iso();
            case QUARTERLY -> p.start().getYear() + " Q" + ((p.start().getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> p.start().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + p.start().getYear();
            case FINANCIAL_JULY -> "July " + p.start().getYear() + " - June " + p.end().getYear();
        };
    }
}
