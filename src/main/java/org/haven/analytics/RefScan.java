package org.haven.analytics;

import java.time.LocalDate;
import java.util.Map;

import org.haven.indicator.RegistrySnapshot.ElementProfile;

/**
 * Aggregates one formula reference ({@code #{EL}} or {@code #{EL.CAT:OPT}}) over the asked org units x periods x
 * split, reading the element's {@link Partition} once. Within one cell (org unit x stored period) a reference takes
 * the values stored for exactly its combination, else the sum of the most detailed stored values that contain it
 * (as {@code org.haven.data.IndicatorValues} does); partners add up. Then each org unit's cells are aggregated over
 * the stored periods inside the asked period (SUM, AVERAGE, LAST; NONE: only the asked period itself), and the org
 * units below each asked unit are aggregated (SUM, AVERAGE; LAST counts as SUM; NONE: only the unit itself).
 */
final class RefScan {

    /** The start of the Strategy, where cumulative values start adding up. */
    static final int STRATEGY_START = (int) LocalDate.of(2023, 1, 1).toEpochDay();
    private static final int UNIT_BITS = 20;
    /** Result tables up to this many cells are plain arrays. */
    private static final int DENSE_CELLS = 1 << 16;

    /** Cells keyed by {@link QueryPlan#cell}; {@code wildMask} marks split categories the element does not have. */
    record Result(CellTable cells, int wildMask) {
    }

    private final QueryPlan plan;
    private final Partition part;
    private final PeriodDictionary periods;
    private final int[] comboSplit;
    private final int[] comboSize;
    private final int wSize;
    private final String time;
    private final boolean averageOrg;
    private final boolean direct;
    private final int[][] blockOuts;
    private final CellTable cells;
    private final CellTable units;

    private RefScan(QueryPlan plan, ValueStore store, PeriodMatch match, Partition part, ElementProfile element,
            String category, String option, String timeAgg, String orgAgg) {
        this.plan = plan;
        this.part = part;
        this.periods = store.periods;
        ValueView view = plan.view();
        String t = plan.overrides().timeAggregation() != null ? plan.overrides().timeAggregation()
                : view == ValueView.LATEST ? "LAST" : view == ValueView.CUMULATIVE ? "SUM" : timeAgg;
        String o = orgAggregation(plan, orgAgg);
        this.time = t;
        this.averageOrg = "AVERAGE".equals(o);
        this.direct = ("SUM".equals(t) || "NONE".equals(t)) && !averageOrg;
        int n = store.combos.size();
        comboSplit = new int[n];
        comboSize = new int[n];
        int w = category == null ? 0 : 1;
        for (int i = 0; i < plan.by().size(); i++) {
            String c = plan.by().get(i);
            if (element.categoryCodes().contains(c) && !c.equals(category)) {
                w++;
            }
        }
        wSize = w;
        for (int c = 0; c < n; c++) {
            Map<String, String> options = store.combos.options(c);
            comboSize[c] = options.size();
            comboSplit[c] = split(options, element, category, option, plan);
        }
        boolean exactTime = "NONE".equals(t) && view == ValueView.PERIOD;
        blockOuts = new int[part.blocks()][];
        for (int b = 0; b < blockOuts.length; b++) {
            blockOuts[b] = match.outs(part.blockPeriod[b], exactTime);
        }
        cells = CellTable.forCells(plan.cells(), DENSE_CELLS);
        units = direct ? null : new CellTable(1 << 10);
    }

    /** The aggregation across org units in effect (milestone counts force NONE). */
    static String orgAggregation(QueryPlan plan, String orgAgg) {
        return plan.overrides().orgAggregation() != null ? plan.overrides().orgAggregation() : orgAgg;
    }

    static Result run(QueryPlan plan, ValueStore store, Layers layers, PeriodMatch match, String element,
            String category, String option, String timeAgg, String orgAgg) {
        ElementProfile profile = plan.registry().element(element).orElse(null);
        int wild = 0;
        for (int i = 0; i < plan.by().size(); i++) {
            if (profile == null || !profile.categoryCodes().contains(plan.by().get(i))) {
                wild |= 1 << i;
            }
        }
        Partition part = plan.snapshot().partition(element);
        if (profile == null || part == null) {
            return new Result(new CellTable(16), wild);
        }
        RefScan scan = new RefScan(plan, store, match, part, profile, category, option, timeAgg, orgAgg);
        scan.scan(layers);
        return new Result(scan.finish(), wild);
    }

    private static int split(Map<String, String> options, ElementProfile element, String category, String option,
            QueryPlan plan) {
        if (category != null && !option.equals(options.get(category))) {
            return -1;
        }
        int s = 0;
        for (int i = 0; i < plan.by().size(); i++) {
            String c = plan.by().get(i);
            if (!element.categoryCodes().contains(c)) {
                continue;
            }
            String o = options.get(c);
            int pos = o == null ? -1 : plan.registry().optionPosition(c, o);
            if (pos < 0) {
                return -1;
            }
            s += pos * plan.strides()[i];
        }
        return s;
    }

    private void scan(Layers layers) {
        for (int b = 0; b < part.blocks(); b++) {
            int[] outs = blockOuts[b];
            if (outs.length == 0) {
                continue;
            }
            int blockFrom = part.blockStart[b];
            int blockTo = part.blockStart[b + 1];
            for (Layers.Layer layer : layers.layers) {
                for (int k = 0; k < layer.lo().length; k++) {
                    int from = part.lowerBound(blockFrom, blockTo, layer.lo()[k]);
                    int to = part.lowerBoundNear(from, blockTo, layer.hi()[k]);
                    if (from < to) {
                        if (part.uniform) {
                            rows(from, to, layer.map(), outs, part.blockPeriod[b]);
                        } else {
                            groups(from, to, layer.map(), outs, part.blockPeriod[b]);
                        }
                    }
                }
            }
        }
    }

    private boolean passes(int r) {
        if (plan.approvedOnly() && (part.flags[r] & Partition.APPROVED) == 0) {
            return false;
        }
        boolean[] partners = plan.partnerAllowed();
        if (partners != null) {
            int id = part.partner == null ? 0 : part.partner[r];
            return id < partners.length && partners[id];
        }
        return true;
    }

    /** Every row counts on its own (all combinations in each cell name the same number of categories). */
    private void rows(int from, int to, int[] map, int[] outs, int pid) {
        if (direct && cells.isDense() && !plan.approvedOnly() && plan.partnerAllowed() == null && part.nature == null) {
            sumRows(from, to, map, outs);
            return;
        }
        for (int r = from; r < to; r++) {
            int o = map[part.ou[r]];
            if (o < 0) {
                continue;
            }
            int s = comboSplit[part.combo[r]];
            if (s < 0 || !passes(r)) {
                continue;
            }
            int nat = part.nature == null ? 0 : part.nature[r];
            int ori = part.origin == null ? 0 : part.origin[r];
            for (int p : outs) {
                contribute(plan.cell(o, p, s), part.ou[r], pid, part.value[r], part.flags[r], CellTable.bit0(nat),
                        CellTable.bit0(ori));
            }
        }
    }

    /** The common case, kept tight: no filters, no published values, sums into plain arrays. */
    private void sumRows(int from, int to, int[] map, int[] outs) {
        int[] ou = part.ou;
        int[] combo = part.combo;
        double[] value = part.value;
        byte[] flags = part.flags;
        double[] sum = cells.sum;
        int[] count = cells.count;
        int[] marks = cells.flags;
        int splits = plan.splits();
        int nPeriods = plan.periods().length;
        for (int r = from; r < to; r++) {
            int o = map[ou[r]];
            if (o < 0) {
                continue;
            }
            int s = comboSplit[combo[r]];
            if (s < 0) {
                continue;
            }
            double v = value[r];
            int f = flags[r];
            for (int p : outs) {
                int cell = (o * nPeriods + p) * splits + s;
                sum[cell] += v;
                count[cell]++;
                marks[cell] |= f;
            }
        }
    }

    /** Cells mixing totals and breakdowns: resolve each cell's rows first (exact combination, else most detailed). */
    private void groups(int from, int to, int[] map, int[] outs, int pid) {
        int r = from;
        GroupResolver g = new GroupResolver();
        while (r < to) {
            int unit = part.ou[r];
            int end = r;
            while (end < to && part.ou[end] == unit) {
                end++;
            }
            int o = map[unit];
            if (o >= 0) {
                g.clear();
                for (int i = r; i < end; i++) {
                    int s = comboSplit[part.combo[i]];
                    if (s >= 0 && passes(i)) {
                        g.add(s, comboSize[part.combo[i]] == wSize, comboSize[part.combo[i]], part.value[i],
                                part.flags[i], part.nature == null ? 0 : part.nature[i],
                                part.origin == null ? 0 : part.origin[i]);
                    }
                }
                for (int k = 0; k < g.size(); k++) {
                    for (int p : outs) {
                        contribute(plan.cell(o, p, g.split(k)), unit, pid, g.value(k), g.flags(k), g.natures(k),
                                g.origins(k));
                    }
                }
            }
            r = end;
        }
    }

    private void contribute(long cell, int unit, int pid, double v, int f, long nat, long ori) {
        if (direct) {
            int slot = cells.slot(cell);
            cells.sum[slot] += v;
            cells.count[slot]++;
            cells.mark(slot, f, nat, ori);
            return;
        }
        int slot = units.slot((cell << UNIT_BITS) | unit);
        int current = units.period[slot];
        if ("LAST".equals(time)) {
            if (current == pid) {
                units.sum[slot] += v;
                units.mark(slot, f, nat, ori);
            } else if (current < 0 || periods.endDay(pid) > periods.endDay(current)) {
                units.period[slot] = pid;
                units.sum[slot] = v;
                units.flags[slot] = f;
                units.natures[slot] = nat;
                units.origins[slot] = ori;
            }
            return;
        }
        if (current != pid) {
            units.count[slot]++;
            units.period[slot] = pid;
        }
        units.sum[slot] += v;
        units.mark(slot, f, nat, ori);
    }

    /** Aggregates per-unit values over the units of each asked cell. */
    private CellTable finish() {
        if (direct) {
            return cells;
        }
        for (int i = 0; i < units.capacity(); i++) {
            long key = units.key(i);
            if (CellTable.empty(key)) {
                continue;
            }
            double unitValue = "AVERAGE".equals(time) ? units.sum[i] / units.count[i] : units.sum[i];
            int slot = cells.slot(key >>> UNIT_BITS);
            cells.sum[slot] += unitValue;
            cells.count[slot]++;
            cells.mark(slot, units.flags[i], units.natures[i], units.origins[i]);
        }
        if (averageOrg) {
            for (int i = 0; i < cells.capacity(); i++) {
                if (!CellTable.empty(cells.key(i)) && cells.count[i] > 0) {
                    cells.sum[i] /= cells.count[i];
                }
            }
        }
        return cells;
    }
}
