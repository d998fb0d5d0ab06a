package org.haven.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The groups of cells of an analytics table whose values add up to a total someone can see or query, for
 * complementary suppression. Along every dimension column except {@code dx} (different indicators never add up), a
 * <em>line</em> is every count cell sharing all the other keys: the options of a category add up to its total, the
 * org units or periods of a line to the total over them. Where a dimension has a hierarchy (org units, periods),
 * each line also yields one group per enclosing unit X: X's own row when it is in the table, plus the top-most rows
 * of the line under X (so a country's row and its sub-region's row, or the months of a quarter and the quarter).
 * Each group is returned once, as sorted row indices.
 */
final class SuppressionLines {

    private SuppressionLines() {
    }

    /**
     * @param columns    the table's dimension columns
     * @param keys       per row, its keys (in column order)
     * @param countCell  per row, whether it takes part (a count with a known numerator)
     * @param ancestors  per dimension column, the codes enclosing a code (empty list when none or unknown)
     */
    static List<int[]> groups(List<String> columns, List<List<String>> keys, boolean[] countCell,
            Map<String, Function<String, List<String>>> ancestors) {
        Set<List<Integer>> seen = new LinkedHashSet<>();
        for (int d = 0; d < columns.size(); d++) {
            if ("dx".equals(columns.get(d))) {
                continue;
            }
            Function<String, List<String>> hierarchy = ancestors.get(columns.get(d));
            for (List<Integer> line : lines(d, keys, countCell)) {
                add(seen, line);
                if (hierarchy != null) {
                    for (List<Integer> group : hierarchyGroups(d, line, keys, hierarchy)) {
                        add(seen, group);
                    }
                }
            }
        }
        List<int[]> groups = new ArrayList<>(seen.size());
        for (List<Integer> g : seen) {
            groups.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return groups;
    }

    /** Rows of count cells sharing every key but the one at {@code d}. */
    private static List<List<Integer>> lines(int d, List<List<String>> keys, boolean[] countCell) {
        Map<List<String>, List<Integer>> byRest = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!countCell[i]) {
                continue;
            }
            List<String> rest = new ArrayList<>(keys.get(i));
            rest.remove(d);
            byRest.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
        }
        return List.copyOf(byRest.values());
    }

    private static List<List<Integer>> hierarchyGroups(int d, List<Integer> line, List<List<String>> keys,
            Function<String, List<String>> hierarchy) {
        Map<String, Integer> rowOf = new HashMap<>();
        Map<Integer, Set<String>> above = new HashMap<>();
        Set<String> enclosing = new LinkedHashSet<>();
        for (int i : line) {
            String code = keys.get(i).get(d);
            rowOf.put(code, i);
            Set<String> anc = new LinkedHashSet<>(hierarchy.apply(code));
            anc.remove(code);
            above.put(i, anc);
            enclosing.addAll(anc);
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (String x : enclosing) {
            TreeSet<Integer> members = new TreeSet<>();
            Integer own = rowOf.get(x);
            if (own != null) {
                members.add(own);
            }
            for (int r : line) {
                Set<String> ancR = above.get(r);
                if (ancR.contains(x) && !hasRowBetween(ancR, x, rowOf, above)) {
                    members.add(r);
                }
            }
            if (members.size() >= 2) {
                groups.add(List.copyOf(members));
            }
        }
        return groups;
    }

    /** True when another row of the line lies between a row (whose ancestors are {@code ancR}) and {@code x}. */
    private static boolean hasRowBetween(Set<String> ancR, String x, Map<String, Integer> rowOf,
            Map<Integer, Set<String>> above) {
        for (String a : ancR) {
            Integer s = rowOf.get(a);
            if (s != null && !a.equals(x) && above.get(s).contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<List<Integer>> seen, List<Integer> group) {
        if (group.size() >= 2) {
            seen.add(List.copyOf(new TreeSet<>(group)));
        }
    }
}
