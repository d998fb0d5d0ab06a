package org.haven.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval of a data set's values for one org unit and period: OPEN -> SUBMITTED (anyone who manages the org unit)
 * -> APPROVED (ADMIN or MEL_OFFICER; also straight from OPEN); unlock back to OPEN (ADMIN or MEL_OFFICER, with a
 * reason). Approved values are refused by {@link DataValueService} until unlocked. Every change is audited
 * ("data_approval") and kept in the approval history.
 */
@Service
public class ApprovalService {

    private static final int REASON_MAX = 1000;

    private final ApprovalStore store;
    private final DataSetCatalog dataSets;
    private final OrgUnitDirectory orgUnits;
    private final DataAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ApprovalService(ApprovalStore store, DataSetCatalog dataSets, OrgUnitDirectory orgUnits, DataAccess access,
            AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.dataSets = dataSets;
        this.orgUnits = orgUnits;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** OPEN when nothing was submitted or approved yet. Unknown codes or a bad period -> InvalidInputException. */
    @Transactional(readOnly = true)
    public ApprovalState state(String dataSet, String orgUnit, String period) {
        Target t = target(dataSet, orgUnit, period);
        return store.find(t.dataSet().code(), t.orgUnit().code(), t.period().iso())
                .map(ApprovalStore.Approval::state).orElse(ApprovalState.OPEN);
    }

    /** Marks the values as complete and ready for approval. */
    @Transactional
    public ApprovalState submit(String dataSet, String orgUnit, String period) {
        Target t = target(dataSet, orgUnit, period);
        if (!access.managesOrgUnit(t.orgUnit())) {
            throw new AccessDeniedException("You may not submit data for " + t.orgUnit().code());
        }
        return change(t, ApprovalState.SUBMITTED, null, Set.of(ApprovalState.OPEN));
    }

    /** Approves the values (ADMIN or MEL_OFFICER); they are refused for change until unlocked. */
    @Transactional
    public ApprovalState approve(String dataSet, String orgUnit, String period) {
        Target t = target(dataSet, orgUnit, period);
        if (!access.approves()) {
            throw new AccessDeniedException("Only an MEL officer or administrator may approve data");
        }
        return change(t, ApprovalState.APPROVED, null, Set.of(ApprovalState.OPEN, ApprovalState.SUBMITTED));
    }

    /** Reopens submitted or approved values for change (ADMIN or MEL_OFFICER); the reason is required. */
    @Transactional
    public ApprovalState unlock(String dataSet, String orgUnit, String period, String reason) {
        Target t = target(dataSet, orgUnit, period);
        if (!access.approves()) {
            throw new AccessDeniedException("Only an MEL officer or administrator may unlock data");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "a reason is required to unlock approved data");
        }
        if (reason.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "the reason is longer than " + REASON_MAX + " characters");
        }
        return change(t, ApprovalState.OPEN, reason.trim(), Set.of(ApprovalState.SUBMITTED, ApprovalState.APPROVED));
    }

    /** For the approvals page: combinations with values or an approval row, newest period first (at most 200). */
    @Transactional(readOnly = true)
    List<ApprovalStore.Listed> list(String dataSet, String orgUnit, String period) {
        return store.list(blank(dataSet), blank(orgUnit), blank(period), 200);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private record Target(DataSet dataSet, OrgUnit orgUnit, Period period) {
    }

    private Target target(String dataSet, String orgUnit, String period) {
        List<FieldProblem> problems = new ArrayList<>();
        DataSet ds = dataSet == null ? null : dataSets.find(dataSet).orElse(null);
        if (ds == null) {
            problems.add(new FieldProblem("dataSet", "unknown data set '" + dataSet + "'"));
        }
        OrgUnit ou = orgUnit == null ? null : orgUnits.find(orgUnit).orElse(null);
        if (ou == null) {
            problems.add(new FieldProblem("orgUnit", "unknown org unit '" + orgUnit + "'"));
        }
        Period p = null;
        try {
            p = Period.parse(period);
            if (ds != null && p.type() != ds.periodType()) {
                problems.add(new FieldProblem("period", "data set " + ds.code() + " is "
                        + ds.periodType().name().toLowerCase().replace('_', ' ') + ": '" + period + "' does not fit"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("period", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Target(ds, ou, p);
    }

    private ApprovalState change(Target t, ApprovalState to, String reason, Set<ApprovalState> allowedFrom) {
        String ds = t.dataSet().code();
        String ou = t.orgUnit().code();
        String period = t.period().iso();
        var current = store.find(ds, ou, period);
        ApprovalState from = current.map(ApprovalStore.Approval::state).orElse(ApprovalState.OPEN);
        if (!allowedFrom.contains(from)) {
            throw new ConflictException(ds + " for " + ou + " " + period + " is " + from.name().toLowerCase()
                    + ": it cannot become " + to.name().toLowerCase());
        }
        String actor = access.actor();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (current.isEmpty()) {
            store.insert(ds, ou, period, to, actor, now, reason);
        } else if (!store.update(current.get(), to, actor, now, reason)) {
            throw ConflictException.staleVersion("Approval of " + ds + " for " + ou, period);
        }
        store.history(ds, ou, period, from, to, actor, now, reason);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to.name());
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record("data_approval", ds + "/" + ou + "/" + period, AuditAction.UPDATE,
                ds + " " + ou + " " + period + ": " + from.name().toLowerCase() + " -> " + to.name().toLowerCase()
                        + (reason == null ? "" : " (" + reason + ")"), before, after);
        events.publishEvent(new DataValuesChanged(Set.copyOf(t.dataSet().dataElements()), Set.of(ou), Set.of(period)));
        return to;
    }
}
