package org.haven.indicator;

import static org.haven.indicator.IndicatorService.blank;
import static org.haven.indicator.IndicatorService.choice;
import static org.haven.indicator.IndicatorService.optional;
import static org.haven.indicator.IndicatorService.required;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists data elements and categories; creates and changes data elements (ADMIN and MEL_OFFICER), audited. */
@Service
public class DataElementService {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final RegistryStore store;
    private final AuditLog audit;
    private final CurrentUser user;
    private final ObjectProvider<StoredValueCount> storedValues;

    DataElementService(RegistryStore store, AuditLog audit, CurrentUser user,
            ObjectProvider<StoredValueCount> storedValues) {
        this.store = store;
        this.audit = audit;
        this.user = user;
        this.storedValues = storedValues;
    }

    boolean canEdit() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    @Transactional(readOnly = true)
    List<DataElement> elements() {
        return store.elements();
    }

    @Transactional(readOnly = true)
    DataElement get(String code) {
        return store.element(code).orElseThrow(() -> new NotFoundException("Data element", code));
    }

    @Transactional(readOnly = true)
    List<Category> categories() {
        return store.categories();
    }

    @Transactional(readOnly = true)
    Category category(String code) {
        return store.category(code).orElseThrow(() -> new NotFoundException("Category", code));
    }

    /** Indicators whose numerator or denominator names the element. */
    @Transactional(readOnly = true)
    List<Indicator> usedBy(String element) {
        return store.indicators().stream().filter(i -> references(i, element, null)).toList();
    }

    @Transactional
    DataElement create(DataElementForm form) {
        requireEditor();
        List<FieldProblem> problems = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().trim();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "is required: 1 to 40 letters, digits, '_' or '-'"));
        } else if (store.element(code).isPresent()) {
            problems.add(new FieldProblem("code", "data element " + code + " already exists"));
        }
        DataElement candidate = validate(code, form, problems);
        try {
            store.insertElement(candidate);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw InvalidInputException.of("code", "data element " + code + " already exists");
        }
        DataElement created = get(code);
        audit.record("data_element", code, AuditAction.CREATE, "Created data element " + code, null, created);
        return created;
    }

    @Transactional
    DataElement update(String code, DataElementForm form) {
        return update(code, form, false);
    }

    /** {@code mapped}: the caller moves the stored values to the new categories in the same transaction. */
    private DataElement update(String code, DataElementForm form, boolean mapped) {
        requireEditor();
        DataElement before = get(code);
        List<FieldProblem> problems = new ArrayList<>();
        DataElement candidate = validate(code, form, problems);
        if (!mapped && !candidate.categoryCodes().equals(before.categoryCodes())) {
            StoredValueCount counter = storedValues.getIfAvailable();
            long stored = counter == null ? 0 : counter.valuesOf(code);
            if (stored > 0) {
                problems.add(new FieldProblem("categories", stored + " values are stored for " + code
                        + ": change its disaggregation with a mapping at /data/disaggregation/" + code
                        + ", so no value is lost"));
            }
        }
        for (String removed : before.categoryCodes()) {
            if (!candidate.categoryCodes().contains(removed)) {
                store.indicators().stream().filter(i -> references(i, code, removed)).findFirst().ifPresent(i ->
                        problems.add(new FieldProblem("categories", "category " + removed + " is used in the formula of indicator " + i.code())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int version = form.version() == null ? before.version() : form.version();
        if (!store.updateElement(candidate, version)) {
            throw ConflictException.staleVersion("Data element", code);
        }
        DataElement after = get(code);
        audit.record("data_element", code, AuditAction.UPDATE, "Changed data element " + code, before, after);
        return after;
    }

    /**
     * Replaces the categories of a data element (in order), keeping its other fields; for features that move the
     * element's values to the new disaggregation in the same transaction. ADMIN and MEL_OFFICER only, audited;
     * InvalidInputException for unknown categories or ones still used by indicator formulas.
     */
    @Transactional
    public void changeCategories(String code, List<String> categories, int version) {
        DataElement e = get(code);
        update(code, new DataElementForm(e.code(), e.name(), e.description(), e.valueType().name(),
                e.milestoneStages(), e.aggregationOrg().name(), e.aggregationTime().name(), categories, version), true);
    }

    void requireEditor() {
        user.require("change data elements", Role.ADMIN, Role.MEL_OFFICER);
    }

    private DataElement validate(String code, DataElementForm f, List<FieldProblem> problems) {
        String name = required(problems, "name", f.name(), 300);
        String description = optional(problems, "description", f.description(), 4000);
        ValueType valueType = choice(problems, "valueType", f.valueType(), ValueType.class);
        Aggregation aggOrg = choice(problems, "aggregationOrg", f.aggregationOrg(), Aggregation.class);
        Aggregation aggTime = choice(problems, "aggregationTime", f.aggregationTime(), Aggregation.class);
        String stages = optional(problems, "milestoneStages", f.milestoneStages(), 1000);
        if (valueType == ValueType.MILESTONE && (stages == null || stages.split("\\|").length < 2)) {
            problems.add(new FieldProblem("milestoneStages", "needs at least two stages separated by '|', e.g. Drafted|Adopted|Enforced"));
        }
        if (valueType != ValueType.MILESTONE) {
            stages = null;
        }
        Set<String> known = new HashSet<>(store.categories().stream().map(Category::code).toList());
        Set<String> seen = new HashSet<>();
        for (String c : f.categories()) {
            if (!known.contains(c)) {
                problems.add(new FieldProblem("categories", "unknown category " + c));
            } else if (!seen.add(c)) {
                problems.add(new FieldProblem("categories", "category " + c + " is listed twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DataElement(0, code, name, description, valueType, stages, aggOrg, aggTime, 0, f.categories());
    }

    /** Whether an indicator's formulas name the element (and, when category is given, that category of it). */
    private static boolean references(Indicator i, String element, String category) {
        for (String text : new String[] {i.numerator(), i.denominator()}) {
            if (blank(text)) {
                continue;
            }
            try {
                if (FormulaParser.parse(text).elementRefs().stream().anyMatch(r -> r.element().equals(element)
                        && (category == null || category.equals(r.category())))) {
                    return true;
                }
            } catch (FormulaException ignored) {
                // a formula that does not parse names nothing
            }
        }
        return false;
    }
}
