package org.haven.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.indicator.DataElementCatalog;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes data sets (ADMIN and MEL_OFFICER): name, period type, open days and ordered elements; audited. */
@Service
class DataSetAdminService {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    static final int MAX_OPEN_DAYS = 3660;

    private final DataSetAdminStore store;
    private final DataElementCatalog elements;
    private final AuditLog audit;
    private final CurrentUser user;
    private final ApplicationEventPublisher events;

    DataSetAdminService(DataSetAdminStore store, DataElementCatalog elements, AuditLog audit, CurrentUser user,
            ApplicationEventPublisher events) {
        this.store = store;
        this.elements = elements;
        this.audit = audit;
        this.user = user;
        this.events = events;
    }

    boolean canEdit() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    void requireEditor() {
        user.require("change data sets", Role.ADMIN, Role.MEL_OFFICER);
    }

    @Transactional(readOnly = true)
    List<DataSetAdminRow> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    DataSetAdminRow get(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("Data set", code));
    }

    @Transactional
    DataSetAdminRow create(DataSetAdminForm form) {
        requireEditor();
        List<FieldProblem> problems = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().trim();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "is required: 1 to 40 letters, digits, '_' or '-'"));
        } else if (store.find(code).isPresent()) {
            problems.add(new FieldProblem("code", "data set " + code + " already exists"));
        }
        DataSetAdminRow row = validate(code, 0, form, problems);
        try {
            store.insert(row);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "data set " + code + " already exists");
        }
        audit.record("data_set", code, AuditAction.CREATE, "Created data set " + code, null, row);
        return row;
    }

    @Transactional
    DataSetAdminRow update(String code, DataSetAdminForm form) {
        requireEditor();
        DataSetAdminRow before = get(code);
        List<FieldProblem> problems = new ArrayList<>();
        int version = -1;
        try {
            version = Integer.parseInt(form.version() == null ? "" : form.version().trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("version", "is missing: reload the form"));
        }
        DataSetAdminRow row = validate(code, version, form, problems);
        if (!store.update(row)) {
            throw ConflictException.staleVersion("Data set", code);
        }
        DataSetAdminRow after = get(code);
        audit.record("data_set", code, AuditAction.UPDATE, "Changed data set " + code, before, after);
        approvalsMoved(code, before.elements(), after.elements());
        return after;
    }

    /**
     * An element added to or removed from a data set with approved org unit x period combinations becomes approved
     * or unapproved there: announce it like an approval, so listeners (analytics) re-read those cells.
     */
    private void approvalsMoved(String code, List<String> before, List<String> after) {
        Set<String> changed = new HashSet<>(before);
        changed.addAll(after);
        changed.removeIf(e -> before.contains(e) && after.contains(e));
        if (changed.isEmpty()) {
            return;
        }
        Set<String> orgUnits = new HashSet<>();
        Set<String> periods = new HashSet<>();
        store.approved(code).forEach(cell -> {
            orgUnits.add(cell.get(0));
            periods.add(cell.get(1));
        });
        if (!orgUnits.isEmpty()) {
            events.publishEvent(new DataValuesChanged(changed, orgUnits, periods));
        }
    }

    private DataSetAdminRow validate(String code, int version, DataSetAdminForm form, List<FieldProblem> problems) {
        String name = form.name() == null ? "" : form.name().trim();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "is required, at most 200 characters"));
        }
        PeriodType type = null;
        try {
            type = PeriodType.valueOf(form.periodType() == null ? "" : form.periodType().trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("periodType", "must be one of MONTHLY, QUARTERLY, YEARLY, FINANCIAL_JULY"));
        }
        int openDays = 0;
        try {
            openDays = Integer.parseInt(form.openDays() == null ? "" : form.openDays().trim());
            if (openDays < 0 || openDays > MAX_OPEN_DAYS) {
                problems.add(new FieldProblem("openDays", "must be a whole number from 0 to " + MAX_OPEN_DAYS));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("openDays", "must be a whole number from 0 to " + MAX_OPEN_DAYS));
        }
        List<String> picked = orderedElements(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DataSetAdminRow(code, name, type, openDays, version, picked);
    }

    /** The ticked elements sorted by their order numbers (blank orders last, keeping the form's order). */
    private List<String> orderedElements(DataSetAdminForm form, List<FieldProblem> problems) {
        if (form.elements().isEmpty()) {
            problems.add(new FieldProblem("elements", "pick at least one data element"));
            return List.of();
        }
        List<String> unknown = form.elements().stream().filter(e -> elements.element(e).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("elements", "unknown data element " + String.join(", ", unknown)));
        }
        List<String> badOrders = new ArrayList<>();
        Map<String, Integer> orders = new HashMap<>();
        for (String e : form.elements()) {
            String text = form.order(e).trim();
            try {
                orders.put(e, text.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(text));
            } catch (NumberFormatException ex) {
                badOrders.add(e);
                orders.put(e, Integer.MAX_VALUE);
            }
        }
        if (!badOrders.isEmpty()) {
            problems.add(new FieldProblem("elements", "the order of " + String.join(", ", badOrders) + " must be a whole number"));
        }
        List<String> picked = new ArrayList<>(form.elements());
        picked.sort(Comparator.comparingInt(orders::get));
        return picked;
    }
}
