package org.haven.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.indicator.Formulas;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists, creates and changes validation rules (ADMIN and MEL_OFFICER), checking expressions, audited. */
@Service
class ValidationRuleService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final ValidationStore store;
    private final DataElementCatalog registry;
    private final AuditLog audit;
    private final CurrentUser user;

    ValidationRuleService(ValidationStore store, DataElementCatalog registry, AuditLog audit, CurrentUser user) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.user = user;
    }

    boolean canEdit() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    @Transactional(readOnly = true)
    List<ValidationRule> rules() {
        return store.rules();
    }

    @Transactional(readOnly = true)
    ValidationRule get(String code) {
        return store.rule(code).orElseThrow(() -> new NotFoundException("Validation rule", code));
    }

    @Transactional
    ValidationRule create(ValidationRuleForm form) {
        requireEditor();
        List<FieldProblem> problems = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().trim();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "is required: 1 to 40 letters, digits, '_' or '-'"));
        } else if (store.rule(code).isPresent()) {
            problems.add(new FieldProblem("code", "validation rule " + code + " already exists"));
        }
        ValidationRule candidate = validate(code, form, problems);
        try {
            store.insert(candidate);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "validation rule " + code + " already exists");
        }
        ValidationRule created = get(code);
        audit.record("validation_rule", code, AuditAction.CREATE, "Created validation rule " + code, null, created);
        return created;
    }

    @Transactional
    ValidationRule update(String code, ValidationRuleForm form) {
        requireEditor();
        ValidationRule before = get(code);
        ValidationRule candidate = validate(code, form, new ArrayList<>());
        int version = form.version() == null ? before.version() : form.version();
        if (!store.update(candidate, version)) {
            throw ConflictException.staleVersion("Validation rule", code);
        }
        ValidationRule after = get(code);
        audit.record("validation_rule", code, AuditAction.UPDATE, "Changed validation rule " + code, before, after);
        return after;
    }

    private void requireEditor() {
        user.require("change validation rules", Role.ADMIN, Role.MEL_OFFICER);
    }

    private ValidationRule validate(String code, ValidationRuleForm f, List<FieldProblem> problems) {
        String name = text(problems, "name", f.name(), 300, true);
        String description = text(problems, "description", f.description(), 2000, false);
        String left = expression(problems, "left", f.left());
        String right = expression(problems, "right", f.right());
        ValidationOperator operator = ValidationOperator.ofSymbol(f.operator());
        if (operator == null) {
            problems.add(new FieldProblem("operator", "must be one of == != < <= > >="));
        }
        ValidationSeverity severity = null;
        try {
            severity = ValidationSeverity.valueOf(f.severity() == null ? "" : f.severity().trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("severity", "must be ERROR or WARNING"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidationRule(0, code, name, description, left, operator, right, severity, f.missingAsZero(), 0);
    }

    private static String text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.trim();
        if (required && v.isEmpty()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (v.length() > max) {
            problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
        }
        return v.isEmpty() ? null : v;
    }

    /** Parses the expression and checks each data element, category and option it names. */
    private String expression(List<FieldProblem> problems, String field, String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            problems.add(new FieldProblem(field, "is required, e.g. #{ELEMENT} or #{ELEMENT.SEX:F} + 1"));
            return v;
        }
        Formulas.ParsedFormula parsed;
        try {
            parsed = Formulas.parse(v);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return v;
        }
        if (!parsed.indicatorCodes().isEmpty()) {
            problems.add(new FieldProblem(field, "may name data elements only, not indicators (I{...})"));
        }
        for (Formulas.Reference r : parsed.references()) {
            Optional<ElementDefinition> e = registry.element(r.element());
            if (e.isEmpty()) {
                problems.add(new FieldProblem(field, "unknown data element " + r.element()));
            } else if (r.category() != null && e.get().category(r.category()).isEmpty()) {
                problems.add(new FieldProblem(field, "data element " + r.element() + " is not disaggregated by category " + r.category()));
            } else if (r.category() != null && !e.get().category(r.category()).get().hasOption(r.option())) {
                problems.add(new FieldProblem(field, "unknown option " + r.option() + " of category " + r.category()));
            }
        }
        return v;
    }
}
