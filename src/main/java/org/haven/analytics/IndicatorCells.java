package org.haven.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.LongConsumer;

import org.haven.indicator.Formulas;

/**
 * Computes an indicator's cells from its references' aggregated cells: numerator and denominator formulas are
 * evaluated on the aggregated values (never averaging ratios), value = numerator / denominator x multiplier.
 * A reference to an element that lacks a split category uses its total for every option of that category (a
 * population denominator without age bands); the split needs at least one numerator reference that has the category.
 */
final class IndicatorCells {

    private static final int MAX_DEPTH = 8;

    /** One computed cell; {@code denominator} is null when the indicator has none. */
    record Computed(long cell, double numerator, Double denominator, double value, int flags, long natures,
            long origins) {
    }

    /** Supplies aggregated reference cells. */
    interface Refs {
        RefScan.Result scan(String element, String category, String option, String timeAgg, String orgAgg);
    }

    private final QueryPlan plan;
    private final Refs refs;
    private final Map<String, Map<Long, Computed>> nested = new HashMap<>();

    IndicatorCells(QueryPlan plan, Refs refs) {
        this.plan = plan;
        this.refs = refs;
    }

    List<Computed> compute(Registry.IndicatorDef def) {
        return compute(def, 0);
    }

    /**
     * Adds the references the indicator (and the indicators it names) will scan, as {element, category, option,
     * time aggregation, org-unit aggregation}.
     */
    static void references(Registry.IndicatorDef def, Registry registry, List<String[]> into) {
        references(def, registry, into, 0);
    }

    private static void references(Registry.IndicatorDef def, Registry registry, List<String[]> into, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Formulas.ParsedFormula f : new Formulas.ParsedFormula[] {def.numerator(), def.denominator()}) {
            if (f == null) {
                continue;
            }
            for (Formulas.Reference r : f.references()) {
                into.add(new String[] {r.element(), r.category(), r.option(), def.profile().aggregationTime(),
                        def.profile().aggregationOrg()});
            }
            for (String code : f.indicatorCodes()) {
                registry.indicator(code).ifPresent(i -> references(i, registry, into, depth + 1));
            }
        }
    }

    private List<Computed> compute(Registry.IndicatorDef def, int depth) {
        Formulas.ParsedFormula num = def.numerator();
        Formulas.ParsedFormula den = def.denominator();
        if (num == null || (def.hasDenominator() && den == null) || depth > MAX_DEPTH) {
            return List.of();
        }
        String timeAgg = def.profile().aggregationTime();
        String orgAgg = def.profile().aggregationOrg();
        Map<String, RefScan.Result> scans = new HashMap<>();
        List<Formulas.Reference> all = new ArrayList<>(num.references());
        if (den != null) {
            all.addAll(den.references());
        }
        for (Formulas.Reference r : all) {
            scans.computeIfAbsent(r.key(), k -> refs.scan(r.element(), r.category(), r.option(), timeAgg, orgAgg));
        }
        Map<String, Map<Long, Computed>> inner = new HashMap<>();
        List<String> nestedCodes = new ArrayList<>(num.indicatorCodes());
        if (den != null) {
            nestedCodes.addAll(den.indicatorCodes());
        }
        for (String code : nestedCodes) {
            inner.put(code, nested(code, depth));
        }
        int categories = plan.by().size();
        int covered = 0;
        for (Formulas.Reference r : num.references()) {
            covered |= ~scans.get(r.key()).wildMask();
        }
        if (!num.indicatorCodes().isEmpty()) {
            covered = ~0;
        }
        if (categories > 0 && (covered & ((1 << categories) - 1)) != (1 << categories) - 1) {
            return List.of();
        }
        CellTable candidates = candidates(num, scans, inner);
        boolean simple = num.references().size() == 1 && num.indicatorCodes().isEmpty()
                && num.text().trim().equals(num.references().get(0).key()) && den == null;
        List<Computed> out = new ArrayList<>();
        Map<String, Double> values = new HashMap<>();
        RefScan.Result only = simple ? scans.get(num.references().get(0).key()) : null;
        for (int i = 0; i < candidates.capacity(); i++) {
            long cell = candidates.key(i);
            if (CellTable.empty(cell)) {
                continue;
            }
            int[] flags = {0};
            long[] marks = {0, 0};
            if (simple) {
                RefScan.Result r = only;
                int slot = r.cells().find(refCell(cell, r.wildMask()));
                if (slot < 0) {
                    continue;
                }
                double n = r.cells().sum[slot];
                double v = n * def.multiplier();
                if (Double.isFinite(v)) {
                    out.add(new Computed(cell, n, null, v, r.cells().flags[slot], r.cells().natures[slot],
                            r.cells().origins[slot]));
                }
                continue;
            }
            values.clear();
            for (Map.Entry<String, RefScan.Result> e : scans.entrySet()) {
                RefScan.Result r = e.getValue();
                int slot = r.cells().find(refCell(cell, r.wildMask()));
                if (slot >= 0) {
                    values.put(e.getKey(), r.cells().sum[slot]);
                    flags[0] |= r.cells().flags[slot];
                    marks[0] |= r.cells().natures[slot];
                    marks[1] |= r.cells().origins[slot];
                }
            }
            for (Map.Entry<String, Map<Long, Computed>> e : inner.entrySet()) {
                Computed c = e.getValue().get(cell);
                if (c != null) {
                    values.put("I{" + e.getKey() + "}", c.value());
                    flags[0] |= c.flags();
                    marks[0] |= c.natures();
                    marks[1] |= c.origins();
                }
            }
            OptionalDouble n = num.evaluate(values);
            if (n.isEmpty()) {
                continue;
            }
            OptionalDouble d = den == null ? OptionalDouble.empty() : den.evaluate(values);
            Double value = ratio(n.getAsDouble(), d, def.hasDenominator(), def.multiplier());
            if (value != null) {
                out.add(new Computed(cell, n.getAsDouble(), d.isPresent() ? d.getAsDouble() : null, value, flags[0],
                        marks[0], marks[1]));
            }
        }
        return out;
    }

    /** numerator / denominator x multiplier; without a denominator numerator x multiplier; null when undefined. */
    static Double ratio(double n, OptionalDouble d, boolean hasDenominator, double multiplier) {
        double v;
        if (!hasDenominator) {
            v = n * multiplier;
        } else if (d.isEmpty() || d.getAsDouble() == 0) {
            return null;
        } else {
            v = n / d.getAsDouble() * multiplier;
        }
        return Double.isFinite(v) ? v : null;
    }

    private Map<Long, Computed> nested(String code, int depth) {
        Map<Long, Computed> known = nested.get(code);
        if (known != null) {
            return known;
        }
        Map<Long, Computed> cells = new HashMap<>();
        plan.registry().indicator(code).ifPresent(def -> compute(def, depth + 1).forEach(c -> cells.put(c.cell(), c)));
        nested.put(code, cells);
        return cells;
    }

    /** The cell a reference holds the value of a full cell under (its wildcard split positions at 0). */
    private long refCell(long cell, int wild) {
        if (wild == 0) {
            return cell;
        }
        int s = plan.splitOf(cell);
        int stripped = s;
        for (int c = 0; c < plan.by().size(); c++) {
            if ((wild & (1 << c)) != 0) {
                stripped -= plan.position(s, c) * plan.strides()[c];
            }
        }
        return cell - s + stripped;
    }

    /** Full cells where the numerator may have a value: its references' cells, wildcards expanded. */
    private CellTable candidates(Formulas.ParsedFormula num, Map<String, RefScan.Result> scans,
            Map<String, Map<Long, Computed>> inner) {
        CellTable out = new CellTable(1 << 8);
        int categories = plan.by().size();
        boolean[][] seen = new boolean[categories][];
        for (int c = 0; c < categories; c++) {
            seen[c] = new boolean[plan.optionCounts()[c]];
        }
        List<RefScan.Result> numerator = num.references().stream().map(r -> scans.get(r.key())).distinct().toList();
        for (RefScan.Result r : numerator) {
            forEach(r.cells(), cell -> {
                int s = plan.splitOf(cell);
                for (int c = 0; c < categories; c++) {
                    if ((r.wildMask() & (1 << c)) == 0) {
                        seen[c][plan.position(s, c)] = true;
                    }
                }
            });
        }
        for (String code : num.indicatorCodes()) {
            for (long cell : inner.get(code).keySet()) {
                out.slot(cell);
            }
        }
        for (RefScan.Result r : numerator) {
            forEach(r.cells(), cell -> expand(out, cell, r.wildMask(), 0, seen));
        }
        return out;
    }

    private void expand(CellTable out, long cell, int wild, int from, boolean[][] seen) {
        for (int c = from; c < plan.by().size(); c++) {
            if ((wild & (1 << c)) != 0) {
                int s = plan.splitOf(cell);
                long base = cell - (long) plan.position(s, c) * plan.strides()[c];
                for (int pos = 0; pos < seen[c].length; pos++) {
                    if (seen[c][pos]) {
                        expand(out, base + (long) pos * plan.strides()[c], wild, c + 1, seen);
                    }
                }
                return;
            }
        }
        out.slot(cell);
    }

    private static void forEach(CellTable t, LongConsumer action) {
        for (int i = 0; i < t.capacity(); i++) {
            long k = t.key(i);
            if (!CellTable.empty(k)) {
                action.accept(k);
            }
        }
    }
}
