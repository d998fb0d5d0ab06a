package org.haven.analytics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.reference.OrgUnitType;

/**
 * Resolves the org-unit part of a query: codes ({@code KEN}, {@code 002}), {@code LEVEL-n} (every unit at depth n,
 * World = 1), {@code TYPE-COUNTRY} (any {@link OrgUnitType}), {@code CHILDREN} (the World's children), each
 * optionally ending in {@code @PARENT} to keep only units below PARENT. Units come out in the order asked, a selector's
 * units in hierarchy order, each unit once.
 */
final class OrgSelection {

    private OrgSelection() {
    }

    static int[] resolve(List<String> ou, OrgTree tree, List<FieldProblem> problems) {
        if (ou.isEmpty()) {
            problems.add(new FieldProblem("ou", "name at least one org unit, LEVEL-n, TYPE-... or CHILDREN"));
            return new int[0];
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (String raw : ou) {
            String item = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
            String selector = item;
            int parent = -1;
            int at = item.indexOf('@');
            if (at >= 0) {
                selector = item.substring(0, at);
                parent = tree.find(item.substring(at + 1));
                if (parent < 0) {
                    problems.add(new FieldProblem("ou", "unknown org unit '" + item.substring(at + 1) + "' in '" + raw + "'"));
                    continue;
                }
            }
            if (selector.startsWith("LEVEL-")) {
                int level;
                try {
                    level = Integer.parseInt(selector.substring(6));
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("ou", "'" + raw + "': LEVEL- needs a number (World = 1)"));
                    continue;
                }
                for (int i = 0; i < tree.size(); i++) {
                    if (tree.level(i) == level && (parent < 0 || tree.within(i, parent))) {
                        out.add(i);
                    }
                }
            } else if (selector.startsWith("TYPE-")) {
                OrgUnitType type = QueryPlanner.type(selector.substring(5));
                if (type == null) {
                    problems.add(new FieldProblem("ou", "'" + raw + "': unknown org unit type (use one of "
                            + List.of(OrgUnitType.values()) + ")"));
                    continue;
                }
                for (int i = 0; i < tree.size(); i++) {
                    if (tree.type(i) == type && (parent < 0 || tree.within(i, parent))) {
                        out.add(i);
                    }
                }
            } else if (selector.equals("CHILDREN")) {
                for (int i = 0; i < tree.size(); i++) {
                    int p = tree.parent(i);
                    if (parent >= 0 ? p == parent : p >= 0 && tree.parent(p) < 0) {
                        out.add(i);
                    }
                }
            } else if (at >= 0) {
                problems.add(new FieldProblem("ou", "'" + raw + "': only LEVEL-n, TYPE-... and CHILDREN take @PARENT"));
            } else {
                int i = tree.find(selector);
                if (i < 0) {
                    problems.add(new FieldProblem("ou", "unknown org unit '" + raw + "'"));
                } else {
                    out.add(i);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
