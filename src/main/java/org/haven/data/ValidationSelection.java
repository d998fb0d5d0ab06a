package org.haven.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.reference.OrgUnitDirectory;

/**
 * What the validation and outlier pages run over, as entered: a data set and/or data elements, an org unit
 * (optionally with everything below it) and a period or period range. Blank fields mean "any".
 */
record ValidationSelection(String dataSet, List<String> elements, String orgUnit, Boolean children, String from,
        String to, String run) {

    static final int MAX_PERIODS = 120;

    ValidationSelection {
        elements = elements == null ? List.of()
                : elements.stream().filter(e -> e != null && !e.isBlank()).map(String::trim).toList();
    }

    /** The checked selection, ready for a query. */
    record Resolved(String dataSet, Set<String> elements, Set<String> orgUnits, Set<String> periods,
            boolean children) {

        DataValueQuery query() {
            return new DataValueQuery(List.copyOf(elements), List.copyOf(orgUnits), List.copyOf(periods), children);
        }
    }

    /** Whether the form was sent (its hidden "run" field), so an unticked box means "no". */
    public boolean submitted() {
        return !blank(run);
    }

    /** Ticked by default on a fresh page. */
    public boolean includeChildren() {
        return children != null ? children : !submitted();
    }

    Resolved resolve(DataSetCatalog dataSets, OrgUnitDirectory orgUnits, List<FieldProblem> problems) {
        Set<String> els = new LinkedHashSet<>(elements);
        String set = blank(dataSet) ? null : dataSet.trim();
        if (set != null) {
            Optional<DataSet> found = dataSets.find(set);
            if (found.isEmpty()) {
                problems.add(new FieldProblem("dataSet", "unknown data set " + set));
            } else if (els.isEmpty()) {
                els.addAll(found.get().dataElements());
            }
        }
        Set<String> units = new LinkedHashSet<>();
        if (!blank(orgUnit)) {
            if (orgUnits.find(orgUnit.trim()).isEmpty()) {
                problems.add(new FieldProblem("orgUnit", "unknown org unit " + orgUnit.trim()));
            } else {
                units.add(orgUnit.trim());
            }
        }
        Set<String> periods = new LinkedHashSet<>();
        Period first = period("from", from, problems);
        Period last = blank(to) ? first : period("to", to, problems);
        if (first == null && last != null) {
            problems.add(new FieldProblem("from", "is required when a last period is given"));
        } else if (first != null && last != null) {
            if (first.type() != last.type()) {
                problems.add(new FieldProblem("to", "must be a period of the same type as the first period ("
                        + first.type() + ")"));
            } else if (last.start().isBefore(first.start())) {
                problems.add(new FieldProblem("to", "must not be before the first period"));
            } else {
                List<Period> range = Period.range(first.type(), first, last);
                if (range.size() > MAX_PERIODS) {
                    problems.add(new FieldProblem("to", "the range may cover at most " + MAX_PERIODS + " periods"));
                }
                range.forEach(p -> periods.add(p.iso()));
            }
        }
        return new Resolved(set, els, units, periods, includeChildren());
    }

    private static Period period(String field, String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return Period.parse(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static List<String> list(Set<String> values) {
        return new ArrayList<>(values);
    }
}
