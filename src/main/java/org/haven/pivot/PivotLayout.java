package org.haven.pivot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.haven.core.InvalidInputException;
import org.haven.data.Period;

/**
 * Lays a {@link PivotCube} out as a table: the combinations of row and column dimension values that have values,
 * in a stable order (data items and org units as chosen, periods in time order, options in their category's order),
 * a subtotal after each group of an outer dimension when the inner dimensions can be combined (never across data
 * items) and a grand total row and column.
 */
final class PivotLayout {

    static final int MAX_CELLS = 20_000;

    /** Texts the layout needs: labels of dimensions and of codes, and the words for totals. */
    record Texts(Function<String, String> dimension, Function<String, String> partner, String subtotal,
            String total, String value) {
    }

    /** A row or column: the codes it fixes, for the first {@code path.size()} dimensions. */
    private record Slot(List<String> path, boolean total) {
    }

    private PivotLayout() {
    }

    static PivotTable lay(PivotSelection s, PivotCube cube, Map<String, List<String>> optionOrder, Texts texts) {
        List<PivotCube.Keyed> rows = cube.rows();
        Map<String, String> names = cube.names();
        Comparator<String>[] order = orders(s, cube.dims(), rows, optionOrder);
        List<Slot> rowSlots = slots(s.rows(), combos(s.rows(), cube, rows, order), s.totals());
        List<Slot> colSlots = s.columns().isEmpty() ? List.of(new Slot(List.of(), false))
                : slots(s.columns(), combos(s.columns(), cube, rows, order), s.totals());
        long cells = (long) rowSlots.size() * colSlots.size();
        if (cells > MAX_CELLS) {
            throw InvalidInputException.of("row", "the table would have " + cells + " cells, more than "
                    + MAX_CELLS + ": choose fewer items or move a dimension to the filters");
        }
        Function<String, String> label = code -> names.getOrDefault(code, code);
        List<PivotTable.Row> body = new ArrayList<>();
        boolean demo = false;
        boolean notAdditive = false;
        boolean suppressed = false;
        for (int r = 0; r < rowSlots.size(); r++) {
            Slot row = rowSlots.get(r);
            List<PivotCell> line = new ArrayList<>();
            for (Slot col : colSlots) {
                Map<String, String> fixed = new HashMap<>();
                Set<String> totalled = new LinkedHashSet<>();
                place(s.rows(), row, fixed, totalled);
                place(s.columns(), col, fixed, totalled);
                PivotCell cell = cube.cell(fixed, totalled);
                demo |= cell.demo();
                notAdditive |= cell.state() == PivotCell.State.NOT_ADDITIVE;
                suppressed |= cell.state() == PivotCell.State.SUPPRESSED;
                line.add(cell);
            }
            body.add(new PivotTable.Row(rowHeaders(s, rowSlots, r, label, texts),
                    labels(s.rows(), row, label, texts), line, row.total(), row.path().size()));
        }
        List<String> rowDims = s.rows().stream().map(texts.dimension()).toList();
        List<String> colDims = s.columns().stream().map(texts.dimension()).toList();
        List<List<String>> columnLabels = new ArrayList<>();
        for (Slot col : colSlots) {
            columnLabels.add(s.columns().isEmpty() ? List.of(texts.value()) : labels(s.columns(), col, label, texts));
        }
        return new PivotTable(title(s, rowDims, colDims, names, texts), rowDims, colDims,
                header(s, colSlots, rowDims, label, texts), columnLabels, rowSlots.isEmpty() ? List.of() : body,
                colSlots.stream().map(c -> !c.total()).toList(), demo, notAdditive, suppressed);
    }

    private static String title(PivotSelection s, List<String> rowDims, List<String> colDims, Map<String, String> names,
            Texts texts) {
        StringBuilder b = new StringBuilder(String.join(", ", rowDims));
        if (!colDims.isEmpty()) {
            b.append(" × ").append(String.join(", ", colDims));
        }
        if (!s.placed().contains(PivotSelection.DX) && s.dx().size() == 1) {
            b.insert(0, names.getOrDefault(s.dx().get(0), s.dx().get(0)) + ": ");
        }
        return b.toString();
    }

    private static void place(List<String> dims, Slot slot, Map<String, String> fixed, Set<String> totalled) {
        for (int i = 0; i < dims.size(); i++) {
            if (i < slot.path().size()) {
                fixed.put(dims.get(i), slot.path().get(i));
            } else {
                totalled.add(dims.get(i));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Comparator<String>[] orders(PivotSelection s, List<String> dims, List<PivotCube.Keyed> rows,
            Map<String, List<String>> optionOrder) {
        Comparator<String>[] out = new Comparator[dims.size()];
        for (int i = 0; i < dims.size(); i++) {
            String d = dims.get(i);
            Map<String, Integer> seen = new LinkedHashMap<>();
            List<String> preferred = switch (d) {
                case PivotSelection.DX -> s.dx();
                case PivotSelection.OU -> s.ou();
                case PivotSelection.PARTNER -> s.partners();
                case PivotSelection.PE -> List.of();
                default -> optionOrder.getOrDefault(d, List.of());
            };
            preferred.forEach(code -> seen.putIfAbsent(code, seen.size()));
            for (PivotCube.Keyed r : rows) {
                seen.putIfAbsent(r.keys().get(i), seen.size());
            }
            out[i] = d.equals(PivotSelection.PE) ? PivotLayout::comparePeriods
                    : Comparator.comparingInt(code -> seen.getOrDefault(code, Integer.MAX_VALUE));
        }
        return out;
    }

    private static int comparePeriods(String a, String b) {
        try {
            Period pa = Period.parse(a);
            Period pb = Period.parse(b);
            int c = pa.start().compareTo(pb.start());
            return c != 0 ? c : pb.end().compareTo(pa.end());
        } catch (IllegalArgumentException e) {
            return a.compareTo(b);
        }
    }

    /** Distinct combinations of the dimensions' codes among the rows, sorted. */
    private static List<List<String>> combos(List<String> placed, PivotCube cube, List<PivotCube.Keyed> rows,
            Comparator<String>[] order) {
        int[] at = placed.stream().mapToInt(d -> cube.dims().indexOf(d)).toArray();
        Set<List<String>> distinct = new LinkedHashSet<>();
        for (PivotCube.Keyed r : rows) {
            List<String> combo = new ArrayList<>(at.length);
            for (int i : at) {
                combo.add(r.keys().get(i));
            }
            distinct.add(combo);
        }
        List<List<String>> out = new ArrayList<>(distinct);
        out.sort((x, y) -> {
            for (int i = 0; i < at.length; i++) {
                int c = order[at[i]].compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return out;
    }

    private static List<Slot> slots(List<String> dims, List<List<String>> combos, PivotSelection.Totals totals) {
        List<Slot> out = new ArrayList<>();
        boolean grand = totals != PivotSelection.Totals.NONE && !dims.contains(PivotSelection.DX) && combos.size() > 1;
        group(dims, combos, 0, List.of(), totals == PivotSelection.Totals.ALL, grand, out);
        if (grand) {
            out.add(new Slot(List.of(), true));
        }
        return out;
    }

    /**
     * The slots of one group, each value's members followed by their subtotal, unless it would repeat the total of
     * the enclosing group ({@code enclosingShown}: the only value of a group whose own total is shown).
     */
    private static void group(List<String> dims, List<List<String>> combos, int level, List<String> prefix,
            boolean subtotals, boolean enclosingShown, List<Slot> out) {
        if (level == dims.size()) {
            out.add(new Slot(prefix, false));
            return;
        }
        Map<String, List<List<String>>> byValue = new LinkedHashMap<>();
        for (List<String> c : combos) {
            byValue.computeIfAbsent(c.get(level), k -> new ArrayList<>()).add(c);
        }
        boolean only = byValue.size() == 1;
        byValue.forEach((value, members) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(value);
            boolean shown = subtotals && level + 1 < dims.size() && members.size() > 1
                    && !dims.subList(level + 1, dims.size()).contains(PivotSelection.DX)
                    && !(only && enclosingShown);
            group(dims, members, level + 1, List.copyOf(path), subtotals, shown || only && enclosingShown, out);
            if (shown) {
                out.add(new Slot(List.copyOf(path), true));
            }
        });
    }

    private static List<String> labels(List<String> dims, Slot slot, Function<String, String> label, Texts texts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            if (i < slot.path().size()) {
                out.add(codeLabel(dims.get(i), slot.path().get(i), label, texts));
            } else if (i == slot.path().size()) {
                out.add(slot.path().isEmpty() ? texts.total() : texts.subtotal());
            } else {
                out.add("");
            }
        }
        return out;
    }

    private static String codeLabel(String dim, String code, Function<String, String> label, Texts texts) {
        return dim.equals(PivotSelection.PARTNER) ? texts.partner().apply(code) : label.apply(code);
    }

    private static List<PivotTable.Header> rowHeaders(PivotSelection s, List<Slot> slots, int r,
            Function<String, String> label, Texts texts) {
        List<String> dims = s.rows();
        Slot row = slots.get(r);
        List<PivotTable.Header> out = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            if (row.path().size() > i) {
                if (r > 0 && samePrefix(slots.get(r - 1), row, i)) {
                    continue;
                }
                int span = 1;
                while (r + span < slots.size() && samePrefix(row, slots.get(r + span), i)) {
                    span++;
                }
                out.add(new PivotTable.Header(codeLabel(dims.get(i), row.path().get(i), label, texts), 1, span, "row",
                        false, false));
            } else {
                out.add(new PivotTable.Header(row.path().isEmpty() ? texts.total() : texts.subtotal(),
                        dims.size() - i, 1, "row", true, false));
                break;
            }
        }
        return out;
    }

    /** Both slots fix the first {@code level + 1} dimensions to the same codes. */
    private static boolean samePrefix(Slot a, Slot b, int level) {
        return a.path().size() > level && b.path().size() > level
                && a.path().subList(0, level + 1).equals(b.path().subList(0, level + 1));
    }

    private static List<List<PivotTable.Header>> header(PivotSelection s, List<Slot> cols, List<String> rowDims,
            Function<String, String> label, Texts texts) {
        int m = Math.max(1, s.columns().size());
        int k = rowDims.size();
        List<List<PivotTable.Header>> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            List<PivotTable.Header> line = new ArrayList<>();
            if (i == 0 && m > 1) {
                line.add(new PivotTable.Header("", k, m - 1, "", false, true));
            }
            if (i == m - 1) {
                rowDims.forEach(d -> line.add(new PivotTable.Header(d, 1, 1, "col", false, false)));
            }
            if (s.columns().isEmpty()) {
                line.add(new PivotTable.Header(texts.value(), 1, 1, "col", false, false));
                out.add(line);
                continue;
            }
            for (int c = 0; c < cols.size(); c++) {
                Slot col = cols.get(c);
                if (col.path().size() > i) {
                    if (c > 0 && samePrefix(cols.get(c - 1), col, i)) {
                        continue;
                    }
                    int span = 1;
                    while (c + span < cols.size() && samePrefix(col, cols.get(c + span), i)) {
                        span++;
                    }
                    line.add(new PivotTable.Header(codeLabel(s.columns().get(i), col.path().get(i), label, texts),
                            span, 1, i == m - 1 ? "col" : "colgroup", false, false));
                } else if (col.path().size() == i) {
                    line.add(new PivotTable.Header(col.path().isEmpty() ? texts.total() : texts.subtotal(), 1, m - i,
                            "col", true, false));
                }
            }
            out.add(line);
        }
        return out;
    }
}
