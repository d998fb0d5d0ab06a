package org.haven.pivot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsResult;
import org.haven.analytics.AnalyticsRow;
import org.haven.analytics.ValueView;

/**
 * The analytics values behind one pivot selection, keyed by every dimension the selection splits by ({@code dx},
 * {@code ou}, {@code pe}, {@code partner} when placed, then the categories it splits by), and the cells formed from
 * them. A cell fixes some dimensions and combines the rest:
 * <ul>
 * <li>a category shown with all its options, and the partner dimension, are combined by the engine itself: the
 * values are asked again without that split ("queried at the higher level"), which is right for every kind of
 * value and includes values stored only as totals;</li>
 * <li>otherwise values are added up: counts by summing, ratios (percentages, rates) by summing numerators and
 * denominators and dividing once, never by adding or averaging percentages; across org units only when the item
 * aggregates by SUM across org units, across periods only when it aggregates by SUM over time (and the view is
 * PERIOD); never across data items; a value published without numerator is never combined. A total that cannot be
 * formed is NOT_ADDITIVE, not a wrong number.</li>
 * </ul>
 * Not thread-safe: one per request.
 */
final class PivotCube {

    /** The key of a dimension whose values were combined by the engine. */
    static final String ALL = "*";

    private final PivotSelection selection;
    private final Function<AnalyticsQuery, AnalyticsResult> analytics;
    private final Map<String, DataItem> items;
    private final List<String> dims;
    private final Set<String> droppable = new LinkedHashSet<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<Set<String>, List<Keyed>> fetched = new HashMap<>();
    private final Map<List<Set<String>>, Map<List<String>, List<Keyed>>> groups = new HashMap<>();

    /** One analytics row with its keys in {@link #dims()} order. */
    record Keyed(List<String> keys, AnalyticsRow row) {
    }

    PivotCube(PivotSelection selection, Function<AnalyticsQuery, AnalyticsResult> analytics,
            Map<String, DataItem> items) {
        this.selection = selection;
        this.analytics = analytics;
        this.items = Map.copyOf(items);
        List<String> d = new ArrayList<>(List.of(PivotSelection.DX, PivotSelection.OU, PivotSelection.PE));
        if (selection.placed().contains(PivotSelection.PARTNER)) {
            d.add(PivotSelection.PARTNER);
            droppable.add(PivotSelection.PARTNER);
        }
        for (String c : selection.splitCategories()) {
            d.add(c);
            if (selection.placed().contains(c) && selection.optionsOf(c).isEmpty()) {
                droppable.add(c);
            }
        }
        this.dims = List.copyOf(d);
    }

    List<String> dims() {
        return dims;
    }

    /** The values split by every dimension (nothing combined by the engine). */
    List<Keyed> rows() {
        return fetch(Set.of());
    }

    /** Display names of the codes seen so far (indicators, org units, periods, options). */
    Map<String, String> names() {
        rows();
        return names;
    }

    /**
     * The cell that fixes {@code fixed} (dimension -> code, for every placed dimension not totalled) and combines the
     * {@code totalled} placed dimensions and every filter.
     */
    PivotCell cell(Map<String, String> fixed, Set<String> totalled) {
        Set<String> spanned = new TreeSet<>(totalled);
        for (String d : dims) {
            if (!selection.placed().contains(d)) {
                spanned.add(d);
            }
        }
        Set<String> dropped = new TreeSet<>(spanned);
        dropped.retainAll(droppable);
        Map<List<String>, List<Keyed>> byFixed = groups.computeIfAbsent(List.of(dropped, spanned),
                k -> group(fetch(dropped), spanned));
        List<String> key = new ArrayList<>();
        for (String d : dims) {
            if (!spanned.contains(d)) {
                key.add(fixed.get(d));
            }
        }
        return combine(byFixed.getOrDefault(key, List.of()));
    }

    private Map<List<String>, List<Keyed>> group(List<Keyed> rows, Set<String> spanned) {
        Map<List<String>, List<Keyed>> out = new HashMap<>();
        for (Keyed r : rows) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < dims.size(); i++) {
                if (!spanned.contains(dims.get(i))) {
                    key.add(r.keys().get(i));
                }
            }
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    PivotCell combine(List<Keyed> rows) {
        if (rows.isEmpty()) {
            return PivotCell.of(PivotCell.State.EMPTY);
        }
        boolean demo = rows.stream().anyMatch(r -> r.row().demo());
        if (rows.stream().anyMatch(r -> r.row().suppressed())) {
            return new PivotCell(null, PivotCell.State.SUPPRESSED, 0, demo, null, null);
        }
        String dx = rows.get(0).keys().get(0);
        DataItem item = items.get(dx);
        int decimals = item == null ? 2 : item.decimals();
        if (rows.size() == 1) {
            AnalyticsRow r = rows.get(0).row();
            return r.value() == null ? PivotCell.of(PivotCell.State.EMPTY)
                    : new PivotCell(r.value(), PivotCell.State.VALUE, decimals, demo, r.nature(), r.origin());
        }
        Set<String> across = varying(rows);
        if (item == null || !additive(item, across)) {
            return new PivotCell(null, PivotCell.State.NOT_ADDITIVE, decimals, demo, null, null);
        }
        double numerator = 0;
        for (Keyed k : rows) {
            AnalyticsRow r = k.row();
            Double amount = r.numerator() != null ? r.numerator() : item.ratio() ? null : r.value();
            if (amount == null) {
                return new PivotCell(null, PivotCell.State.NOT_ADDITIVE, decimals, demo, null, null);
            }
            numerator += amount;
        }
        if (!item.ratio()) {
            return new PivotCell(numerator, PivotCell.State.VALUE, decimals, demo, null, null);
        }
        Double denominator = denominator(rows, across, item);
        if (denominator == null) {
            return new PivotCell(null, PivotCell.State.NOT_ADDITIVE, decimals, demo, null, null);
        }
        if (denominator == 0) {
            return new PivotCell(null, PivotCell.State.EMPTY, decimals, demo, null, null);
        }
        return new PivotCell(numerator / denominator * item.multiplier().doubleValue(), PivotCell.State.VALUE,
                decimals, demo, null, null);
    }

    /**
     * The sum of the rows' denominators, counting once a denominator the engine repeated on every option of a
     * category the denominator is not split by (a population without age bands under an age split); null when a row
     * has none or the repeated ones differ.
     */
    private Double denominator(List<Keyed> rows, Set<String> across, DataItem item) {
        List<Integer> repeatedAt = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            String d = dims.get(i);
            if (across.contains(d) && PivotSelection.isCategory(d) && !item.denominatorCategories().contains(d)) {
                repeatedAt.add(i);
            }
        }
        Map<List<String>, Double> once = new HashMap<>();
        for (Keyed k : rows) {
            Double den = k.row().denominator();
            if (den == null) {
                return null;
            }
            List<String> key = new ArrayList<>(k.keys());
            repeatedAt.forEach(i -> key.set(i, ALL));
            Double seen = once.putIfAbsent(key, den);
            if (seen != null && Math.abs(seen - den) > 1e-9 * Math.max(1, Math.abs(den))) {
                return null;
            }
        }
        double sum = 0;
        for (double d : once.values()) {
            sum += d;
        }
        return sum;
    }

    /** The dimensions along which the rows differ. */
    private Set<String> varying(List<Keyed> rows) {
        Set<String> out = new TreeSet<>();
        List<String> first = rows.get(0).keys();
        for (Keyed r : rows) {
            for (int i = 0; i < dims.size(); i++) {
                if (!r.keys().get(i).equals(first.get(i))) {
                    out.add(dims.get(i));
                }
            }
        }
        return out;
    }

    private boolean additive(DataItem item, Set<String> across) {
        if (across.contains(PivotSelection.DX) || !item.additive()) {
            return false;
        }
        if (across.contains(PivotSelection.OU) && !"SUM".equals(item.aggregationOrg())) {
            return false;
        }
        return !across.contains(PivotSelection.PE)
                || "SUM".equals(item.aggregationTime()) && selection.view() == ValueView.PERIOD;
    }

    private List<Keyed> fetch(Set<String> dropped) {
        List<Keyed> cached = fetched.get(dropped);
        if (cached != null) {
            return cached;
        }
        List<String> categories = new ArrayList<>();
        for (String c : selection.splitCategories()) {
            if (!dropped.contains(c)) {
                categories.add(c);
            }
        }
        List<Keyed> out = new ArrayList<>();
        boolean partnerSplit = dims.contains(PivotSelection.PARTNER) && !dropped.contains(PivotSelection.PARTNER);
        if (partnerSplit) {
            for (String partner : selection.partners()) {
                read(query(categories, Set.of(partnerCode(partner))), partner, out);
            }
        } else {
            Set<String> partners = new LinkedHashSet<>();
            selection.partners().forEach(p -> partners.add(partnerCode(p)));
            read(query(categories, partners), ALL, out);
        }
        fetched.put(Set.copyOf(dropped), out);
        return out;
    }

    private AnalyticsQuery query(List<String> categories, Set<String> partners) {
        List<String> columns = new ArrayList<>(List.of(PivotSelection.DX, PivotSelection.OU, PivotSelection.PE));
        columns.addAll(categories);
        return AnalyticsQuery.of(selection.dx(), selection.ou(), selection.pe()).by(categories).columns(columns)
                .partners(partners).approvedOnly(selection.approvedOnly()).view(selection.view());
    }

    private void read(AnalyticsQuery query, String partnerKey, List<Keyed> out) {
        AnalyticsResult result = analytics.apply(query);
        names.putAll(result.names());
        int[] at = new int[dims.size()];
        for (int i = 0; i < dims.size(); i++) {
            at[i] = result.columns().indexOf(dims.get(i));
        }
        for (AnalyticsRow row : result.rows()) {
            List<String> keys = new ArrayList<>(dims.size());
            for (int i = 0; i < dims.size(); i++) {
                String d = dims.get(i);
                keys.add(d.equals(PivotSelection.PARTNER) ? partnerKey : at[i] < 0 ? ALL : row.keys().get(at[i]));
            }
            if (wanted(keys)) {
                out.add(new Keyed(List.copyOf(keys), row));
            }
        }
    }

    /** Leaves out options the selection does not include (a category narrowed to some of its options). */
    private boolean wanted(List<String> keys) {
        for (int i = 0; i < dims.size(); i++) {
            List<String> chosen = PivotSelection.isCategory(dims.get(i)) && !dims.get(i).equals(PivotSelection.PARTNER)
                    ? selection.optionsOf(dims.get(i)) : List.of();
            if (!chosen.isEmpty() && !keys.get(i).equals(ALL) && !chosen.contains(keys.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String partnerCode(String partner) {
        return PivotSelection.NO_PARTNER.equals(partner) ? "" : partner;
    }
}
