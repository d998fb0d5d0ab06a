package org.haven.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.haven.data.Period;
import org.haven.data.PeriodType;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Small-cell suppression of public analytics results.
 * <ul>
 * <li><b>Count cells</b>: rows whose dx counts people or cases ({@code isCount}) and that carry a numerator (for
 * counts the numerator is the value; for a rate it is the count the rate is made from). Rows without a numerator,
 * such as published percentages, are never touched.</li>
 * <li><b>Primary</b>: a count of 1 to threshold-1 is hidden. <b>0 is shown</b>: a zero points at no child, and
 * hiding every zero would hide the many real "no reported case" cells while protecting nobody; a hidden cell is
 * therefore always either a small count or a complement, which an outsider cannot tell apart.</li>
 * <li><b>Complementary</b>: in every group of cells that add up to a total someone can see or query (see
 * {@link SuppressionLines}: lines along each dimension but dx, and org-unit and period hierarchy groups), exactly one
 * hidden cell would be recoverable by subtraction, so the smallest other non-zero cell of the group is hidden too
 * (a zero only when no non-zero cell is left), repeated over all groups until nothing changes.</li>
 * <li><b>Rates</b>: a rate whose numerator is a hidden count is hidden: its own numerator is a count cell, and a
 * row at the same org unit, period and options whose numerator equals a hidden row's count is hidden as well (an
 * indicator next to the element it is computed from).</li>
 * </ul>
 * Hidden rows keep their keys and lose every number (value, numerator, denominator, baseline, target, percent of
 * target; status NO_TARGET, which would otherwise tell the value's range). Suppression works on the one result it is
 * given: cells asked for in another query are not taken into account.
 */
@Component
class ComplementarySuppression implements SmallCellSuppression {

    private static final double SAME = 1e-9;

    private final int threshold;
    private final Map<String, Function<String, List<String>>> ancestors;

    @Autowired
    ComplementarySuppression(@Value("${haven.public.min-cell-count:5}") int threshold, OrgUnitDirectory orgUnits) {
        this(threshold, cachedOrgUnitAncestors(orgUnits));
    }

    /** {@code orgUnitAncestors}: the codes of the units enclosing an org unit (nearest first or any order). */
    ComplementarySuppression(int threshold, Function<String, List<String>> orgUnitAncestors) {
        if (threshold < 1) {
            throw new IllegalArgumentException("haven.public.min-cell-count must be at least 1, not " + threshold);
        }
        this.threshold = threshold;
        this.ancestors = Map.of("ou", orgUnitAncestors, "pe", ComplementarySuppression::periodAncestors);
    }

    int threshold() {
        return threshold;
    }

    @Override
    public AnalyticsResult apply(AnalyticsResult result, Predicate<String> isCount) {
        List<AnalyticsRow> rows = result.rows();
        int dxAt = result.columns().indexOf("dx");
        int n = rows.size();
        boolean[] countCell = new boolean[n];
        boolean[] hidden = new boolean[n];
        List<List<String>> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AnalyticsRow row = rows.get(i);
            keys.add(row.keys());
            boolean counts = dxAt < 0 || isCount.test(row.keys().get(dxAt));
            countCell[i] = counts && row.numerator() != null;
            hidden[i] = row.suppressed() || countCell[i] && row.numerator() > 0 && row.numerator() < threshold;
        }
        List<int[]> groups = SuppressionLines.groups(result.columns(), keys, countCell, ancestors);
        boolean changed = true;
        while (changed) {
            changed = complementCells(groups, rows, hidden);
            changed |= hideSameCountsElsewhere(rows, keys, dxAt, hidden);
        }
        List<AnalyticsRow> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(hidden[i] ? hide(rows.get(i)) : rows.get(i));
        }
        return new AnalyticsResult(result.columns(), out, result.names());
    }

    /** One pass over the groups; true when it hid anything. */
    private static boolean complementCells(List<int[]> groups, List<AnalyticsRow> rows, boolean[] hidden) {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] group : groups) {
                int hiddenInGroup = 0;
                for (int i : group) {
                    if (hidden[i]) {
                        hiddenInGroup++;
                    }
                }
                if (hiddenInGroup != 1) {
                    continue;
                }
                int pick = smallestVisible(group, rows, hidden, true);
                if (pick < 0) {
                    pick = smallestVisible(group, rows, hidden, false);
                }
                if (pick >= 0) {
                    hidden[pick] = true;
                    changed = true;
                    any = true;
                }
            }
        }
        return any;
    }

    private static int smallestVisible(int[] group, List<AnalyticsRow> rows, boolean[] hidden, boolean nonZero) {
        int best = -1;
        for (int i : group) {
            double count = rows.get(i).numerator();
            if (hidden[i] || nonZero && count == 0) {
                continue;
            }
            if (best < 0 || count < rows.get(best).numerator()) {
                best = i;
            }
        }
        return best;
    }

    /**
     * A visible row whose numerator equals a hidden row's numerator at the same keys but dx (a rate next to the count
     * it is made from, or the count next to its hidden rate) is hidden too; true when it hid anything.
     */
    private static boolean hideSameCountsElsewhere(List<AnalyticsRow> rows, List<List<String>> keys, int dxAt,
            boolean[] hidden) {
        if (dxAt < 0) {
            return false;
        }
        Map<List<String>, List<Integer>> byCell = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).numerator() != null) {
                List<String> rest = new ArrayList<>(keys.get(i));
                rest.remove(dxAt);
                byCell.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
            }
        }
        boolean any = false;
        for (List<Integer> cell : byCell.values()) {
            for (int h : cell) {
                if (!hidden[h]) {
                    continue;
                }
                for (int v : cell) {
                    if (!hidden[v] && Math.abs(rows.get(v).numerator() - rows.get(h).numerator()) < SAME) {
                        hidden[v] = true;
                        any = true;
                    }
                }
            }
        }
        return any;
    }

    private static AnalyticsRow hide(AnalyticsRow row) {
        return new AnalyticsRow(row.keys(), null, null, null, null, null, null, ProgressStatus.NO_TARGET,
                row.nature(), row.origin(), row.demo(), true);
    }

    /** The periods of other types that contain {@code iso} (2025-08: 2025Q3, 2025, 2025July); none if unparsable. */
    static List<String> periodAncestors(String iso) {
        Period p;
        try {
            p = Period.parse(iso);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            if (type == p.type()) {
                continue;
            }
            Period around = Period.containing(type, p.start());
            if (!around.start().isAfter(p.start()) && !around.end().isBefore(p.end())) {
                out.add(around.iso());
            }
        }
        return out;
    }

    private static Function<String, List<String>> cachedOrgUnitAncestors(OrgUnitDirectory orgUnits) {
        Map<String, List<String>> cache = new ConcurrentHashMap<>();
        return code -> {
            if (code == null) {
                return List.of();
            }
            List<String> known = cache.get(code);
            if (known != null) {
                return known;
            }
            List<String> found = orgUnits.find(code).map(ComplementarySuppression::pathAbove).orElse(null);
            if (found == null) {
                return List.of();  // unknown now; not cached, a unit may be added later
            }
            cache.put(code, found);
            return found;
        };
    }

    private static List<String> pathAbove(OrgUnit unit) {
        if (unit.path() == null || unit.path().isBlank()) {
            return unit.parentCode() == null ? List.of() : List.of(unit.parentCode());
        }
        List<String> out = new ArrayList<>();
        for (String c : unit.path().split("/")) {
            if (!c.isBlank() && !Objects.equals(c, unit.code())) {
                out.add(c);
            }
        }
        return out;
    }
}
