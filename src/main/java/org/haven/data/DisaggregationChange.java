package org.haven.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.indicator.DataElementService;
import org.haven.indicator.IndicatorDefinitions;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a data element's disaggregation after values exist without losing data: every value whose combination
 * changes is deleted through {@link DataValueService#write} (so it stays in data_value_history) and its value is
 * written, summed with the others landing in the same new cell, under the new combination (source DERIVED); a new
 * cell that already holds a value keeps it. The element's categories change through the indicator module, and the
 * mapping is stored in disaggregation_mapping and audited, all in one transaction.
 */
@Service
public class DisaggregationChange {

    private final DataValueService values;
    private final IndicatorDefinitions registry;
    private final DataElementCatalog catalog;
    private final DataElementService elements;
    private final AuditLog audit;
    private final CurrentUser user;
    private final JdbcClient jdbc;

    DisaggregationChange(DataValueService values, IndicatorDefinitions registry, DataElementCatalog catalog,
            DataElementService elements, AuditLog audit, CurrentUser user, JdbcClient jdbc) {
        this.values = values;
        this.registry = registry;
        this.catalog = catalog;
        this.elements = elements;
        this.audit = audit;
        this.user = user;
        this.jdbc = jdbc;
    }

    public boolean canChange() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    /** What {@link #apply} would do; InvalidInputException naming "categories" or "mappings" for a bad plan. */
    @Transactional(readOnly = true)
    public DisaggregationPreview preview(DisaggregationPlan plan) {
        return compute(plan).preview();
    }

    /** Applies the plan; {@code version} is the element's version the user saw (stale: ConflictException). */
    @Transactional
    public DisaggregationPreview apply(DisaggregationPlan plan, int version) {
        user.require("change a data element's disaggregation", Role.ADMIN, Role.MEL_OFFICER);
        Computed c = compute(plan);
        if (!c.deletes().isEmpty()) {
            values.write(c.deletes(), ValueSource.DERIVED);
        }
        elements.changeCategories(plan.element(), plan.newCategories(), version);
        if (!c.writes().isEmpty()) {
            values.write(c.writes(), ValueSource.DERIVED);
        }
        String changeId = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (DisaggregationPreview.Move m : c.preview().moves()) {
            jdbc.sql("""
                    insert into disaggregation_mapping (change_id, data_element, from_combo, to_combo, value_count, applied_by, applied_at)
                    values (:change, :element, :from, :to, :n, :by, :at)""")
                    .param("change", changeId).param("element", plan.element()).param("from", m.fromCombo())
                    .param("to", m.toCombo()).param("n", m.values()).param("by", user.username()).param("at", now)
                    .update();
        }
        Map<String, Object> before = Map.of("categories", c.preview().oldCategories());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("categories", plan.newCategories());
        after.put("mappings", plan.optionMap());
        after.put("moves", c.preview().moves());
        after.put("changeId", changeId);
        audit.record("data_element", plan.element(), AuditAction.UPDATE, "Changed the disaggregation of "
                + plan.element() + ": " + c.preview().valuesMoved() + " values moved to "
                + c.preview().valuesWritten() + " new cells", before, after);
        return c.preview();
    }

    /** The mapping rows stored for an element, newest first. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> mappings(String element) {
        return jdbc.sql("""
                select change_id, from_combo, to_combo, value_count, applied_by, applied_at from disaggregation_mapping
                where data_element = :e order by applied_at desc, id""").param("e", element).query().listOfRows();
    }

    private record Computed(DisaggregationPreview preview, List<DataValueInput> deletes, List<DataValueInput> writes) {
    }

    private Computed compute(DisaggregationPlan plan) {
        ElementDefinition element = catalog.element(plan.element())
                .orElseThrow(() -> new NotFoundException("Data element", plan.element()));
        check(plan, element);
        List<StoredValue> stored = values.find(new DataValueQuery(List.of(plan.element()), List.of(), List.of(), false));
        Set<String> staying = new HashSet<>();
        Map<String, List<StoredValue>> moving = new LinkedHashMap<>();
        Map<String, ValueKey> targets = new LinkedHashMap<>();
        Map<String, Integer> moves = new LinkedHashMap<>();
        for (StoredValue v : stored) {
            Map<String, String> mapped = plan.map(v.key().categories());
            ValueKey target = new ValueKey(v.key().dataElement(), v.key().orgUnit(), v.key().period(), mapped,
                    v.key().partner());
            if (mapped.equals(v.key().categories())) {
                staying.add(cell(target));
                continue;
            }
            moving.computeIfAbsent(cell(target), k -> new ArrayList<>()).add(v);
            targets.put(cell(target), target);
            moves.merge(v.key().combo() + "\u0000" + target.combo(), 1, Integer::sum);
        }
        List<DataValueInput> deletes = new ArrayList<>();
        List<DataValueInput> writes = new ArrayList<>();
        List<DisaggregationPreview.Cell> collisions = new ArrayList<>();
        List<DisaggregationPreview.Cell> kept = new ArrayList<>();
        moving.forEach((cell, olds) -> {
            ValueKey t = targets.get(cell);
            DisaggregationPreview.Cell summary = new DisaggregationPreview.Cell(t.orgUnit(), t.period(), t.combo(),
                    t.partner(), olds.size());
            olds.forEach(o -> deletes.add(new DataValueInput(o.key(), null, null, false)));
            if (staying.contains(cell)) {
                kept.add(summary);
                return;
            }
            if (olds.size() > 1) {
                collisions.add(summary);
            }
            BigDecimal sum = olds.stream().map(StoredValue::value).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String comment = olds.size() == 1 ? olds.get(0).comment() : null;
            boolean followUp = olds.stream().anyMatch(StoredValue::followUp);
            writes.add(new DataValueInput(t, sum, comment, followUp));
        });
        List<DisaggregationPreview.Move> moveList = new ArrayList<>();
        moves.forEach((k, n) -> {
            String[] parts = k.split("\u0000", -1);
            moveList.add(new DisaggregationPreview.Move(parts[0], parts[1], n));
        });
        DisaggregationPreview preview = new DisaggregationPreview(plan.element(), codes(element),
                plan.newCategories(), moveList, collisions, kept, deletes.size(), writes.size());
        return new Computed(preview, deletes, writes);
    }

    private void check(DisaggregationPlan plan, ElementDefinition element) {
        List<String> categoryProblems = new ArrayList<>();
        List<String> known = registry.categories().stream().map(CategoryDefinition::code).toList();
        Set<String> seen = new HashSet<>();
        for (String c : plan.newCategories()) {
            if (!known.contains(c)) {
                categoryProblems.add("unknown category " + c);
            } else if (!seen.add(c)) {
                categoryProblems.add("category " + c + " is listed twice");
            }
        }
        List<String> mappingProblems = new ArrayList<>();
        plan.optionMap().forEach((from, to) -> {
            String[] f = from.split(":", 2);
            String[] t = to.split(":", 2);
            if (element.category(f[0]).isEmpty()) {
                mappingProblems.add(from + ": " + plan.element() + " is not disaggregated by category " + f[0]);
            } else if (!hasOption(f[0], f[1])) {
                mappingProblems.add(from + ": unknown option " + f[1] + " of category " + f[0]);
            }
            if (!plan.newCategories().contains(t[0])) {
                mappingProblems.add(to + ": category " + t[0] + " is not among the new categories");
            } else if (!hasOption(t[0], t[1])) {
                mappingProblems.add(to + ": unknown option " + t[1] + " of category " + t[0]);
            }
        });
        if (categoryProblems.isEmpty() && mappingProblems.isEmpty() && plan.optionMap().isEmpty()
                && plan.newCategories().equals(codes(element))) {
            categoryProblems.add("the categories are unchanged and no option is mapped: nothing to change");
        }
        List<org.haven.core.FieldProblem> problems = new ArrayList<>();
        categoryProblems.forEach(p -> problems.add(new org.haven.core.FieldProblem("categories", p)));
        mappingProblems.forEach(p -> problems.add(new org.haven.core.FieldProblem("mappings", p)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private boolean hasOption(String category, String option) {
        return registry.categories().stream().anyMatch(c -> c.code().equals(category) && c.hasOption(option));
    }

    private static List<String> codes(ElementDefinition element) {
        return element.categories().stream().map(CategoryDefinition::code).toList();
    }

    private static String cell(ValueKey k) {
        return k.orgUnit() + "|" + k.period() + "|" + k.combo() + "|" + Objects.toString(k.partner(), "");
    }
}
