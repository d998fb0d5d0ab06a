package org.haven.analytics;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.haven.data.Period;
import org.haven.indicator.CategoryDefinition;

/**
 * Runs a {@link QueryPlan}: scans each reference once (in parallel when there are several), computes each dx's
 * cells, adds baseline, target, percent of target and status, and lays the rows out in the asked column order with
 * the names of every code.
 */
final class Assembler {

    private static final int DX = -1;
    private static final int OU = -2;
    private static final int PE = -3;

    private final QueryPlan plan;
    private final ValueStore store;
    private final Function<String, StatusThresholds> thresholds;
    private final Map<String, RefScan.Result> scans = new ConcurrentHashMap<>();
    private final Layers rollup;
    private final Layers exact;
    private final PeriodMatch match;
    private final int[] kinds;
    private final String[] unitCodes;
    private final String[] periodCodes;
    private final String[][] optionCodes;
    private final String[] combos;

    Assembler(QueryPlan plan, ValueStore store, Function<String, StatusThresholds> thresholds) {
        this.plan = plan;
        this.store = store;
        this.thresholds = thresholds;
        OrgTree orgs = plan.snapshot().orgs();
        this.rollup = Layers.of(plan.units(), orgs, false);
        this.exact = Layers.of(plan.units(), orgs, true);
        this.match = new PeriodMatch(plan, store.periods, store.periods.size());
        kinds = new int[plan.columns().size()];
        for (int i = 0; i < kinds.length; i++) {
            String c = plan.columns().get(i);
            kinds[i] = c.equals("dx") ? DX : c.equals("ou") ? OU : c.equals("pe") ? PE : plan.by().indexOf(c);
        }
        unitCodes = Arrays.stream(plan.units()).mapToObj(orgs::code).toArray(String[]::new);
        periodCodes = Arrays.stream(plan.periods()).mapToObj(p -> store.periods.period(p).iso()).toArray(String[]::new);
        optionCodes = new String[plan.by().size()][];
        for (int c = 0; c < optionCodes.length; c++) {
            CategoryDefinition cat = plan.registry().category(plan.by().get(c)).orElseThrow();
            optionCodes[c] = cat.options().stream().map(o -> o.code()).toArray(String[]::new);
        }
        combos = new String[plan.splits()];
    }

    private RefScan.Result scan(String element, String category, String option, String timeAgg, String orgAgg) {
        String key = element + '|' + category + '|' + option + '|' + timeAgg + '|' + orgAgg;
        RefScan.Result r = scans.get(key);
        if (r == null) {
            boolean exactOrg = "NONE".equals(RefScan.orgAggregation(plan, orgAgg));
            r = RefScan.run(plan, store, exactOrg ? exact : rollup, match, element, category, option, timeAgg, orgAgg);
            scans.put(key, r);
        }
        return r;
    }

    /** Scans every reference the asked dx need, several at a time. */
    private void prescan() {
        List<String[]> refs = new ArrayList<>();
        for (QueryPlan.Dx dx : plan.dx()) {
            if (dx.isIndicator()) {
                IndicatorCells.references(dx.indicator(), plan.registry(), refs);
            } else {
                refs.add(new String[] {dx.code(), null, null, dx.element().aggregationTime(), dx.element().aggregationOrg()});
            }
        }
        if (refs.size() > 1) {
            refs.parallelStream().forEach(r -> scan(r[0], r[1], r[2], r[3], r[4]));
        }
    }

    AnalyticsResult run() {
        prescan();
        IndicatorCells indicators = new IndicatorCells(plan, this::scan);
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < plan.dx().size(); d++) {
            QueryPlan.Dx dx = plan.dx().get(d);
            if (dx.isIndicator()) {
                Registry.IndicatorDef def = dx.indicator();
                Registry.Targets targets = plan.registry().targets(def.code());
                StatusThresholds limits = thresholds.apply(def.code());
                for (IndicatorCells.Computed c : indicators.compute(def)) {
                    rows.add(indicatorRow(d, def, targets, limits, c));
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
                        rows.add(new Row(order(d, cell), d, cell, t.sum[i], t.sum[i], null, null, null, null,
                                ProgressStatus.NO_TARGET, t.flags[i], t.natures[i], t.origins[i]));
                    }
                }
            }
        }
        rows.sort((a, b) -> Long.compare(a.order, b.order));
        List<AnalyticsRow> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new AnalyticsRow(keys(r), r.value, r.numerator, r.denominator, r.baseline, r.target, r.percent,
                    r.status, marks(r.natures, store.natures), marks(r.origins, store.origins),
                    (r.flags & Partition.DEMO) != 0, false));
        }
        return new AnalyticsResult(plan.columns(), out, names());
    }

    private record Row(long order, int dx, long cell, Double value, Double numerator, Double denominator,
            Double baseline, Double target, Double percent, ProgressStatus status, int flags, long natures,
            long origins) {
    }

    private Row indicatorRow(int d, Registry.IndicatorDef def, Registry.Targets targets, StatusThresholds limits,
            IndicatorCells.Computed c) {
        Double baseline = null;
        Double target = null;
        if (targets != null) {
            String ou = unitCodes[plan.unitOf(c.cell())];
            String combo = combo(plan.splitOf(c.cell()));
            baseline = targets.baseline(ou, combo);
            target = targets.target(ou, store.periods.period(plan.periods()[plan.periodOf(c.cell())]).end().getYear(), combo);
        }
        Double percent = percentOfTarget(c.value(), baseline, target, def.profile().lowerIsBetter());
        return new Row(order(d, c.cell()), d, c.cell(), c.value(), c.numerator(), c.denominator(), baseline, target,
                percent, limits.status(percent), c.flags(), c.natures(), c.origins());
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
        String known = combos[s];
        if (known != null) {
            return known;
        }
        TreeMap<String, String> parts = new TreeMap<>();
        for (int c = 0; c < plan.by().size(); c++) {
            parts.put(plan.by().get(c), optionCodes[c][plan.position(s, c)]);
        }
        StringBuilder out = new StringBuilder();
        parts.forEach((k, v) -> out.append(out.isEmpty() ? "" : ";").append(k).append(':').append(v));
        combos[s] = out.toString();
        return combos[s];
    }

    /** The row's place in the asked column order, as one mixed-radix number. */
    private long order(int dx, long cell) {
        long key = 0;
        int s = plan.splitOf(cell);
        for (int kind : kinds) {
            key = switch (kind) {
                case DX -> key * plan.dx().size() + dx;
                case OU -> key * plan.units().length + plan.unitOf(cell);
                case PE -> key * plan.periods().length + plan.periodOf(cell);
                default -> key * plan.optionCounts()[kind] + plan.position(s, kind);
            };
        }
        return key;
    }

    private List<String> keys(Row r) {
        String[] keys = new String[kinds.length];
        int s = plan.splitOf(r.cell);
        for (int i = 0; i < kinds.length; i++) {
            keys[i] = switch (kinds[i]) {
                case DX -> plan.dx().get(r.dx).code();
                case OU -> unitCodes[plan.unitOf(r.cell)];
                case PE -> periodCodes[plan.periodOf(r.cell)];
                default -> optionCodes[kinds[i]][plan.position(s, kinds[i])];
            };
        }
        return Arrays.asList(keys);
    }

    /** One code, several codes joined by ", ", or null (none, or too many to name). */
    private static String marks(long bits, Interner dictionary) {
        if (bits == 0 || (bits & (1L << 63)) != 0) {
            return null;
        }
        if (Long.bitCount(bits) == 1) {
            return dictionary.value(Long.numberOfTrailingZeros(bits));
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
