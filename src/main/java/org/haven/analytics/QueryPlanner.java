package org.haven.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.Formulas;
import org.haven.reference.OrgUnitType;
import org.springframework.stereotype.Component;

/**
 * Validates an {@link AnalyticsQuery} and resolves its codes against the current values and registry into a
 * {@link QueryPlan}. Problems are reported per query parameter (dx, ou, pe, by, filter, columns) as
 * {@link InvalidInputException}.
 */
@Component
class QueryPlanner {

    private static final Set<String> DIMENSIONS = Set.of("dx", "ou", "pe");
    private static final int MAX_CELLS = 20_000_000;

    private final ValueStore store;
    private final RegistryCache registries;
    private final FrameworkCatalog framework;

    QueryPlanner(ValueStore store, RegistryCache registries, FrameworkCatalog framework) {
        this.store = store;
        this.registries = registries;
        this.framework = framework;
    }

    QueryPlan plan(AnalyticsQuery q, QueryPlan.Overrides overrides) {
        ValueSnapshot snapshot = store.snapshot();
        Registry registry = registries.current();
        List<FieldProblem> problems = new ArrayList<>();
        List<QueryPlan.Dx> dx = dx(q, registry, problems);
        int[] units = OrgSelection.resolve(q.ou(), snapshot.orgs(), problems);
        int[] periods = periods(q.pe(), problems);
        List<String> by = new ArrayList<>(new LinkedHashSet<>(q.by()));
        int[] counts = new int[by.size()];
        for (int i = 0; i < by.size(); i++) {
            CategoryDefinition c = registry.category(by.get(i)).orElse(null);
            if (c == null) {
                problems.add(new FieldProblem("by", "unknown category '" + by.get(i) + "'"));
            } else {
                counts[i] = Math.max(1, c.options().size());
            }
        }
        List<String> columns = columns(q, by, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int[] strides = new int[by.size()];
        long splits = 1;
        for (int i = by.size() - 1; i >= 0; i--) {
            strides[i] = (int) splits;
            splits *= counts[i];
        }
        if ((long) units.length * periods.length * splits > MAX_CELLS) {
            throw InvalidInputException.of("ou", "the query asks for more than " + MAX_CELLS
                    + " org unit x period x disaggregation cells; ask for fewer org units or periods");
        }
        boolean[] partners = null;
        if (!q.partners().isEmpty()) {
            partners = new boolean[store.partners.size() + 1];
            for (String code : q.partners()) {
                int id = store.partners.find(code == null ? "" : code.trim());
                if (id >= 0 && id < partners.length) {
                    partners[id] = true;
                }
            }
        }
        return new QueryPlan(snapshot, registry, dx, units, periods, List.copyOf(by), counts, strides, (int) splits,
                q.approvedOnly() || q.publicView(), partners, q.view(), columns, overrides);
    }

    private List<QueryPlan.Dx> dx(AnalyticsQuery q, Registry registry, List<FieldProblem> problems) {
        Set<String> linked = q.nodes().isEmpty() ? null : linkedIndicators(q.nodes(), registry, problems);
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(q.dx()));
        if (codes.isEmpty()) {
            if (linked == null) {
                problems.add(new FieldProblem("dx", "name at least one indicator or data element"));
                return List.of();
            }
            registry.indicators().stream().map(Registry.IndicatorDef::code).filter(linked::contains)
                    .forEach(codes::add);
        }
        List<QueryPlan.Dx> out = new ArrayList<>();
        for (String raw : codes) {
            String code = raw == null ? "" : raw.trim();
            var indicator = registry.indicator(code);
            var element = registry.element(code);
            if (indicator.isEmpty() && element.isEmpty()) {
                problems.add(new FieldProblem("dx", "unknown indicator or data element '" + code + "'"));
                continue;
            }
            if (linked != null && !linked.contains(code)
                    && (indicator.isPresent() || !usedByLinked(code, linked, registry))) {
                continue;
            }
            out.add(new QueryPlan.Dx(code, indicator.orElse(null), indicator.isPresent() ? null : element.get()));
        }
        return out;
    }

    /** Indicators linked to any of the nodes or to a node below one of them. */
    private Set<String> linkedIndicators(Set<String> nodes, Registry registry, List<FieldProblem> problems) {
        List<FrameworkNode> all = framework.all();
        Map<String, List<String>> children = new HashMap<>();
        Set<String> known = new HashSet<>();
        for (FrameworkNode n : all) {
            known.add(n.code());
            if (n.parentCode() != null) {
                children.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n.code());
            }
        }
        Set<String> expanded = new HashSet<>();
        List<String> todo = new ArrayList<>();
        for (String n : nodes) {
            if (!known.contains(n)) {
                problems.add(new FieldProblem("filter", "unknown framework node '" + n + "'"));
            } else {
                todo.add(n);
            }
        }
        while (!todo.isEmpty()) {
            String n = todo.remove(todo.size() - 1);
            if (expanded.add(n)) {
                todo.addAll(children.getOrDefault(n, List.of()));
            }
        }
        Set<String> linked = new HashSet<>();
        for (Registry.IndicatorDef i : registry.indicators()) {
            if (i.profile().nodeCodes().stream().anyMatch(expanded::contains)) {
                linked.add(i.code());
            }
        }
        return linked;
    }

    private static boolean usedByLinked(String element, Set<String> linked, Registry registry) {
        for (String code : linked) {
            Registry.IndicatorDef i = registry.indicator(code).orElseThrow();
            for (Formulas.ParsedFormula f : new Formulas.ParsedFormula[] {i.numerator(), i.denominator()}) {
                if (f != null && f.references().stream().anyMatch(r -> r.element().equals(element))) {
                    return true;
                }
            }
        }
        return false;
    }

    private int[] periods(List<String> pe, List<FieldProblem> problems) {
        if (pe.isEmpty()) {
            problems.add(new FieldProblem("pe", "name at least one period (e.g. 2025, 2025Q2, 2025-04, 2025July)"));
            return new int[0];
        }
        LinkedHashSet<Integer> ids = new LinkedHashSet<>();
        for (String p : pe) {
            try {
                ids.add(store.periods.intern(p == null ? "" : p.trim()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("pe", e.getMessage()));
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> columns(AnalyticsQuery q, List<String> by, List<FieldProblem> problems) {
        List<String> out = new ArrayList<>();
        for (String c : q.columnOrder()) {
            if (!DIMENSIONS.contains(c) && !by.contains(c)) {
                problems.add(new FieldProblem("columns", "'" + c + "' is not dx, ou, pe or a category split by"));
            } else if (!out.contains(c)) {
                out.add(c);
            }
        }
        for (String d : List.of("dx", "ou", "pe")) {
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        by.stream().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    static OrgUnitType type(String name) {
        try {
            return OrgUnitType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
