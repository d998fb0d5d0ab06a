package org.haven.indicator;

import static org.haven.indicator.IndicatorService.blank;
import static org.haven.indicator.IndicatorService.optional;
import static org.haven.indicator.IndicatorService.required;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes disaggregation categories and their options (ADMIN and MEL_OFFICER), audited. */
@Service
class CategoryService {

    private final RegistryStore store;
    private final AuditLog audit;
    private final CurrentUser user;

    CategoryService(RegistryStore store, AuditLog audit, CurrentUser user) {
        this.store = store;
        this.audit = audit;
        this.user = user;
    }

    boolean canEdit() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    @Transactional(readOnly = true)
    Category get(String code) {
        return store.category(code).orElseThrow(() -> new NotFoundException("Category", code));
    }

    @Transactional
    Category create(CategoryForm form) {
        requireEditor();
        List<FieldProblem> problems = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().trim();
        if (!DataElementService.CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "is required: 1 to 40 letters, digits, '_' or '-'"));
        } else if (store.category(code).isPresent()) {
            problems.add(new FieldProblem("code", "category " + code + " already exists"));
        }
        Category candidate = validate(code, form, problems);
        try {
            store.insertCategory(candidate);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw InvalidInputException.of("code", "category " + code + " already exists");
        }
        Category created = get(code);
        audit.record("category", code, AuditAction.CREATE, "Created category " + code, null, created);
        return created;
    }

    @Transactional
    Category update(String code, CategoryForm form) {
        requireEditor();
        Category before = get(code);
        List<FieldProblem> problems = new ArrayList<>();
        Category candidate = validate(code, form, problems);
        Set<String> kept = new HashSet<>(candidate.options().stream().map(CategoryOption::code).toList());
        for (CategoryOption removed : before.options()) {
            if (!kept.contains(removed.code())) {
                usedIn(code, removed.code()).ifPresent(i -> problems.add(new FieldProblem("options",
                        "option " + removed.code() + " is used in the formula of indicator " + i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int version = form.version() == null ? before.version() : form.version();
        if (!store.updateCategory(candidate, version)) {
            throw ConflictException.staleVersion("Category", code);
        }
        Category after = get(code);
        audit.record("category", code, AuditAction.UPDATE, "Changed category " + code, before, after);
        return after;
    }

    void requireEditor() {
        user.require("change categories", Role.ADMIN, Role.MEL_OFFICER);
    }

    private java.util.Optional<String> usedIn(String category, String option) {
        return store.indicators().stream().filter(i -> {
            for (String text : new String[] {i.numerator(), i.denominator()}) {
                if (!blank(text)) {
                    try {
                        if (FormulaParser.parse(text).elementRefs().stream()
                                .anyMatch(r -> category.equals(r.category()) && option.equals(r.option()))) {
                            return true;
                        }
                    } catch (FormulaException ignored) {
                        // a formula that does not parse names nothing
                    }
                }
            }
            return false;
        }).map(Indicator::code).findFirst();
    }

    private Category validate(String code, CategoryForm f, List<FieldProblem> problems) {
        String name = required(problems, "name", f.name(), 200);
        String description = optional(problems, "description", f.description(), 2000);
        List<CategoryOption> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String[] lines = f.options() == null ? new String[0] : f.options().split("\\R");
        int order = 0;
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String[] parts = (lines[n] + " ").split("\\|", -1);
            String where = "line " + (n + 1) + ": ";
            String optionCode = parts[0].trim();
            String optionName = parts.length > 1 ? parts[1].trim() : "";
            if (!DataElementService.CODE.matcher(optionCode).matches()) {
                problems.add(new FieldProblem("options", where + "code '" + optionCode + "' must be 1 to 40 letters, digits, '_' or '-'"));
            } else if (!codes.add(optionCode)) {
                problems.add(new FieldProblem("options", where + "code " + optionCode + " is listed twice"));
            }
            if (optionName.isEmpty() || optionName.length() > 200) {
                problems.add(new FieldProblem("options", where + "the name is required (at most 200 characters)"));
            }
            Integer from = age(parts, 2, where + "age from", problems);
            Integer to = age(parts, 3, where + "age to", problems);
            if (from != null && to != null && to < from) {
                problems.add(new FieldProblem("options", where + "age to must not be below age from"));
            }
            String sdmx = parts.length > 4 && !parts[4].isBlank() ? parts[4].trim() : null;
            if (sdmx != null && sdmx.length() > 40) {
                problems.add(new FieldProblem("options", where + "the SDMX code must have at most 40 characters"));
            }
            boolean unverified = parts.length > 5 && "unverified".equalsIgnoreCase(parts[5].trim());
            options.add(new CategoryOption(optionCode, optionName, order++, from, to, sdmx, unverified));
        }
        if (options.isEmpty()) {
            problems.add(new FieldProblem("options", "a category needs at least one option"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Category(0, code, name, description, 0, options);
    }

    private static Integer age(String[] parts, int index, String what, List<FieldProblem> problems) {
        if (parts.length <= index || parts[index].isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(parts[index].trim());
            if (v < 0 || v > 150) {
                problems.add(new FieldProblem("options", what + " must be a whole number from 0 to 150"));
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("options", what + " must be a whole number from 0 to 150"));
            return null;
        }
    }
}
