package org.haven.pivot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.analytics.ValueView;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a pivot table or chart shows, as chosen on the pivot page and stored (as JSON) in a favourite. Dimensions are
 * {@code dx}, {@code ou}, {@code pe}, {@code partner} and category codes ({@code SEX}, ...). {@code rows} and
 * {@code columns} place dimensions, in order; every other dimension with a selection is a filter (its selected items
 * are combined). {@code options}: per category, the options chosen (empty = all of them). {@code partners}: partner
 * codes, {@link #NO_PARTNER} for values without a partner; empty = no partner filter. Immutable; not validated (see
 * {@link PivotSelections#validate}). Missing parts of a JSON selection take their defaults (nothing chosen, not
 * approved only, per period, all totals, no chart).
 */
record PivotSelection(List<String> dx, List<String> ou, List<String> pe, Map<String, List<String>> options,
        List<String> partners, List<String> rows, List<String> columns, Boolean approvedOnly, ValueView view,
        Totals totals, Chart chart) {

    static final String DX = "dx";
    static final String OU = "ou";
    static final String PE = "pe";
    static final String PARTNER = "partner";
    /** The partner "code" of values entered without a partner. */
    static final String NO_PARTNER = "NONE";

    /** Which totals the table shows. */
    enum Totals {
        ALL, GRAND, NONE
    }

    /** Whether a chart of the same selection is drawn above the table, and which kind. */
    enum Chart {
        NONE, BAR, LINE
    }

    PivotSelection {
        dx = clean(dx);
        ou = clean(ou);
        pe = clean(pe);
        partners = clean(partners);
        rows = clean(rows);
        columns = clean(columns);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (options != null) {
            options.forEach((category, chosen) -> {
                if (category != null && !category.isBlank()) {
                    copy.put(category.trim(), clean(chosen));
                }
            });
        }
        options = java.util.Collections.unmodifiableMap(copy);
        approvedOnly = Boolean.TRUE.equals(approvedOnly);
        view = view == null ? ValueView.PERIOD : view;
        totals = totals == null ? Totals.ALL : totals;
        chart = chart == null ? Chart.NONE : chart;
    }

    static PivotSelection empty() {
        return new PivotSelection(List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), false,
                ValueView.PERIOD, Totals.ALL, Chart.NONE);
    }

    static boolean isCategory(String dimension) {
        return !List.of(DX, OU, PE, PARTNER).contains(dimension);
    }

    /** Rows, then columns. */
    List<String> placed() {
        List<String> out = new ArrayList<>(rows);
        out.addAll(columns);
        return out;
    }

    /** Options chosen for a category; empty = all. */
    List<String> optionsOf(String category) {
        return options.getOrDefault(category, List.of());
    }

    /** Categories the analytics query has to split by: placed ones and filters narrowed to some options. */
    List<String> splitCategories() {
        List<String> out = new ArrayList<>();
        for (String d : placed()) {
            if (isCategory(d)) {
                out.add(d);
            }
        }
        options.forEach((category, chosen) -> {
            if (!chosen.isEmpty() && !out.contains(category)) {
                out.add(category);
            }
        });
        return out;
    }

    /** Dimensions not placed in rows or columns that narrow or combine what is shown. */
    List<String> filters() {
        List<String> out = new ArrayList<>();
        for (String d : List.of(DX, OU, PE)) {
            if (!placed().contains(d)) {
                out.add(d);
            }
        }
        if (!partners.isEmpty() && !placed().contains(PARTNER)) {
            out.add(PARTNER);
        }
        options.forEach((category, chosen) -> {
            if (!chosen.isEmpty() && !placed().contains(category)) {
                out.add(category);
            }
        });
        return out;
    }

    /** The request parameters that rebuild this selection on the pivot page (links, exports, favourites). */
    MultiValueMap<String, String> toParams() {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        dx.forEach(v -> p.add("dx", v));
        ou.forEach(v -> p.add("ou", v));
        pe.forEach(v -> p.add("pe", v));
        options.forEach((category, chosen) -> chosen.forEach(v -> p.add("c." + category, v)));
        if (!partners.isEmpty()) {
            p.add("partner", String.join(",", partners));
        }
        rows.forEach(v -> p.add("row", v));
        columns.forEach(v -> p.add("col", v));
        if (approvedOnly) {
            p.add("approved", "true");
        }
        p.add("view", view.name());
        p.add("totals", totals.name());
        p.add("chart", chart.name());
        return p;
    }

    PivotSelection withChart(Chart kind) {
        return new PivotSelection(dx, ou, pe, options, partners, rows, columns, approvedOnly, view, totals, kind);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !out.contains(v.trim())) {
                out.add(v.trim());
            }
        }
        return List.copyOf(out);
    }
}
