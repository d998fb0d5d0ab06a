package org.haven.indicator;

import java.util.List;
import java.util.Optional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.reference.OrgUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes baselines and targets. One baseline per indicator x org unit x combination: a
 * second one with another year is refused (change the existing baseline's year instead). Every change is audited
 * as entity type "indicator_target" with the row id.
 */
@Service
class TargetService {

    static final String ENTITY = "indicator_target";

    private final TargetStore store;
    private final RegistryStore registry;
    private final TargetValidator validator;
    private final TargetAccess access;
    private final AuditLog audit;

    TargetService(TargetStore store, RegistryStore registry, TargetValidator validator, TargetAccess access,
            AuditLog audit) {
        this.store = store;
        this.registry = registry;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Indicator indicator(String code) {
        return registry.indicator(code).orElseThrow(() -> new NotFoundException("Indicator", code));
    }

    @Transactional(readOnly = true)
    List<IndicatorTarget> list(String indicatorCode, String orgUnit) {
        indicator(indicatorCode);
        return store.forIndicator(indicatorCode, orgUnit);
    }

    /** The row, which must belong to the indicator (404 otherwise). */
    @Transactional(readOnly = true)
    IndicatorTarget get(String indicatorCode, long id) {
        return store.byId(id).filter(t -> t.indicatorCode().equals(indicatorCode))
                .orElseThrow(() -> new NotFoundException("Baseline or target", id));
    }

    @Transactional
    IndicatorTarget create(String indicatorCode, TargetInput input) {
        access.requireAny();
        Indicator indicator = indicator(indicatorCode);
        validator.orgUnit(input.orgUnit()).ifPresent(access::require);
        return insert(indicator, input);
    }

    /** For the demo loader: no signed-in user, recorded as 'system'. */
    @Transactional
    IndicatorTarget createAsSystem(String indicatorCode, TargetInput input) {
        return insert(indicator(indicatorCode), input);
    }

    private IndicatorTarget insert(Indicator indicator, TargetInput input) {
        IndicatorTarget candidate = validator.validate(indicator, input);
        refuseDuplicate(candidate, null);
        long id;
        try {
            id = store.insert(candidate, access.actor());
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("year", describe(candidate) + " already exists: change it instead");
        }
        IndicatorTarget created = store.byId(id).orElseThrow();
        audit.record(ENTITY, id, AuditAction.CREATE, "Set " + describe(created) + " to " + created.value().toPlainString(),
                null, created);
        return created;
    }

    @Transactional
    IndicatorTarget update(String indicatorCode, long id, TargetInput input) {
        access.requireAny();
        Indicator indicator = indicator(indicatorCode);
        IndicatorTarget before = get(indicatorCode, id);
        access.require(orgUnit(before.orgUnitCode()));
        validator.orgUnit(input.orgUnit()).ifPresent(access::require);
        if (input.kind() == null || input.kind().isBlank()) {
            input = new TargetInput(before.kind().name(), input.orgUnit(), input.year(), input.combo(), input.value(),
                    input.source(), input.note(), input.version());
        }
        if (input.version() == null) {
            throw InvalidInputException.of("version", "is required: the version of the row you read");
        }
        IndicatorTarget checked = validator.validate(indicator, input);
        if (checked.kind() != before.kind()) {
            throw InvalidInputException.of("kind", "cannot change from " + before.kind() + " to " + checked.kind()
                    + ": delete this row and add a new one");
        }
        IndicatorTarget candidate = new IndicatorTarget(id, checked.indicatorCode(), checked.orgUnitCode(),
                checked.kind(), checked.year(), checked.combo(), checked.value(), checked.source(), checked.note(),
                before.version(), before.createdBy(), before.createdAt(), null, null);
        refuseDuplicate(candidate, id);
        boolean updated;
        try {
            updated = store.update(candidate, input.version(), access.actor());
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("year", describe(candidate) + " already exists: change it instead");
        }
        if (!updated) {
            throw ConflictException.staleVersion("Baseline or target", id);
        }
        IndicatorTarget after = store.byId(id).orElseThrow();
        audit.record(ENTITY, id, AuditAction.UPDATE, "Changed " + describe(after) + " to " + after.value().toPlainString(),
                before, after);
        return after;
    }

    @Transactional
    void delete(String indicatorCode, long id, Integer version) {
        access.requireAny();
        IndicatorTarget before = get(indicatorCode, id);
        access.require(orgUnit(before.orgUnitCode()));
        if (version == null) {
            throw InvalidInputException.of("version", "is required: the version of the row you read");
        }
        if (!store.delete(id, version)) {
            throw ConflictException.staleVersion("Baseline or target", id);
        }
        audit.record(ENTITY, id, AuditAction.DELETE, "Deleted " + describe(before), before, null);
    }

    @Transactional(readOnly = true)
    boolean isEmpty() {
        return store.count() == 0;
    }

    boolean canEditAny() {
        return access.canEditAny();
    }

    boolean canEdit(String orgUnit) {
        return validator.orgUnit(orgUnit)
                .map(access::canEdit).orElse(false);
    }

    /** Refuses a second baseline for the same indicator x org unit x combination, or a repeated target year. */
    private void refuseDuplicate(IndicatorTarget t, Long self) {
        Optional<IndicatorTarget> clash = t.baseline()
                ? store.baselineOf(t.indicatorCode(), t.orgUnitCode(), t.combo())
                : store.find(t.indicatorCode(), t.orgUnitCode(), TargetKind.TARGET, t.year(), t.combo());
        clash.filter(c -> self == null || c.id() != self).ifPresent(c -> {
            throw InvalidInputException.of("year", t.baseline()
                    ? "a baseline for " + where(t) + " already exists (year " + c.year() + ", value "
                            + c.value().toPlainString() + "): edit that baseline to change its year or value"
                    : describe(t) + " already exists (value " + c.value().toPlainString() + "): edit it instead");
        });
    }

    private OrgUnit orgUnit(String code) {
        return validator.orgUnit(code)
                .orElseThrow(() -> new NotFoundException("Org unit", code));
    }

    private static String describe(IndicatorTarget t) {
        return (t.baseline() ? "the " + t.year() + " baseline" : "the " + t.year() + " target") + " for " + where(t);
    }

    private static String where(IndicatorTarget t) {
        return t.indicatorCode() + " in " + t.orgUnitCode() + (t.total() ? " (total)" : " (" + t.combo() + ")");
    }
}
