package org.haven.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitType;

/**
 * The org-unit hierarchy numbered depth-first (pre-order), so every unit's subtree is the index range
 * {@code [i, end(i))}: "this unit and everything below it" is one interval of stored values sorted by org unit.
 */
final class OrgTree {

    private final String[] codes;
    private final String[] names;
    private final OrgUnitType[] types;
    private final int[] levels;
    private final int[] parents;
    private final int[] ends;
    private final Map<String, Integer> index;

    private OrgTree(String[] codes, String[] names, OrgUnitType[] types, int[] levels, int[] parents, int[] ends,
            Map<String, Integer> index) {
        this.codes = codes;
        this.names = names;
        this.types = types;
        this.levels = levels;
        this.parents = parents;
        this.ends = ends;
        this.index = index;
    }

    /** Numbers the units depth-first; children in the order given (the directory's hierarchy order). */
    static OrgTree of(List<OrgUnit> units) {
        Map<String, OrgUnit> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        for (OrgUnit u : byCode.values()) {
            if (u.parentCode() == null || !byCode.containsKey(u.parentCode())) {
                roots.add(u.code());
            } else {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
            }
        }
        int n = byCode.size();
        String[] codes = new String[n];
        String[] names = new String[n];
        OrgUnitType[] types = new OrgUnitType[n];
        int[] levels = new int[n];
        int[] parents = new int[n];
        int[] ends = new int[n];
        Map<String, Integer> index = new HashMap<>(n * 2);
        int[] next = {0};
        for (String root : roots) {
            number(root, -1, byCode, children, codes, names, types, levels, parents, ends, index, next);
        }
        return new OrgTree(codes, names, types, levels, parents, ends, index);
    }

    private static void number(String root, int rootParent, Map<String, OrgUnit> byCode,
            Map<String, List<String>> children, String[] codes, String[] names, OrgUnitType[] types, int[] levels,
            int[] parents, int[] ends, Map<String, Integer> index, int[] next) {
        // iterative depth-first walk: the hierarchy can be deep enough to make recursion a risk
        record Frame(String code, int parent, int at) {
        }
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(root, rootParent, 0));
        while (!stack.isEmpty()) {
            Frame f = stack.remove(stack.size() - 1);
            if (f.at() < 0) {
                ends[-f.at() - 1] = next[0];
                continue;
            }
            OrgUnit u = byCode.get(f.code());
            int i = next[0]++;
            codes[i] = u.code();
            names[i] = u.name();
            types[i] = u.type();
            levels[i] = u.level();
            parents[i] = f.parent();
            index.put(u.code(), i);
            stack.add(new Frame(f.code(), f.parent(), -i - 1));
            List<String> kids = children.getOrDefault(u.code(), List.of());
            for (int k = kids.size() - 1; k >= 0; k--) {
                stack.add(new Frame(kids.get(k), i, 0));
            }
        }
    }

    int size() {
        return codes.length;
    }

    /** The index of the unit, or -1. */
    int find(String code) {
        Integer i = code == null ? null : index.get(code);
        return i == null ? -1 : i;
    }

    String code(int i) {
        return codes[i];
    }

    String name(int i) {
        return names[i];
    }

    OrgUnitType type(int i) {
        return types[i];
    }

    int level(int i) {
        return levels[i];
    }

    int parent(int i) {
        return parents[i];
    }

    /** One past the last index of the unit's subtree. */
    int end(int i) {
        return ends[i];
    }

    /** True when {@code unit} is {@code ancestor} or below it. */
    boolean within(int unit, int ancestor) {
        return unit >= ancestor && unit < ends[ancestor];
    }
}
