package org.haven.participation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.core.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records, changes and deletes engagements: checks roles, scope and input, audits every change and recomputes the
 * ledger's derived values in the same transaction, so an engagement and the figures derived from it are saved
 * together or not at all.
 */
@Service
@Transactional
class EngagementService {

    static final String AUDIT_TYPE = "participation_engagement";
    static final String SYSTEM = "system";

    private final EngagementStore store;
    private final EngagementValidator validator;
    private final EngagementAccess access;
    private final ParticipationFigures figures;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    EngagementService(EngagementStore store, EngagementValidator validator, EngagementAccess access,
            ParticipationFigures figures, AuditLog audit) {
        this.store = store;
        this.validator = validator;
        this.access = access;
        this.figures = figures;
        this.audit = audit;
    }

    Engagement create(EngagementInput in) {
        access.requireRecord();
        ValidEngagement v = validator.check(in);
        access.requireWrite(v.country(), v.activity());
        return doCreate(v, access.username());
    }

    /**
     * For Haven itself (demo data): records all inputs with no signed-in user and no role check, audited as
     * 'system', and recomputes the figures once.
     */
    List<Engagement> createAllAsSystem(List<EngagementInput> inputs) {
        List<ValidEngagement> valid = inputs.stream().map(validator::check).toList();
        store.lockRegister();
        List<Engagement> created = valid.stream().map(v -> insert(v, SYSTEM)).toList();
        figures.recomputeAll();
        return created;
    }

    private Engagement doCreate(ValidEngagement v, String actor) {
        store.lockRegister();
        Engagement created = insert(v, actor);
        figures.recomputeAll();
        return created;
    }

    private Engagement insert(ValidEngagement v, String actor) {
        long id = store.insert(v, actor, now());
        Engagement created = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, summary("Recorded", created), null, created);
        return created;
    }

    Engagement update(long id, EngagementInput in) {
        Engagement before = get(id);
        access.requireWrite(before);
        ValidEngagement v = validator.check(in);
        if (in.version() == null) {
            throw InvalidInputException.of("version", "version is required to change an engagement");
        }
        access.requireWrite(v.country(), v.activity());
        store.lockRegister();
        if (!store.update(id, in.version(), v, access.username(), now())) {
            throw ConflictException.staleVersion("Engagement", id);
        }
        Engagement after = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, summary("Changed", after), before, after);
        figures.recomputeAll();
        return after;
    }

    void delete(long id) {
        Engagement before = get(id);
        access.requireWrite(before);
        store.lockRegister();
        store.delete(id);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, summary("Deleted", before), before, null);
        figures.recomputeAll();
    }

    /**
     * Deletes every demo engagement, audited, and recomputes the figures, then once more just before the transaction
     * commits (see {@link #recomputeBeforeCommit()}); returns how many went.
     */
    long removeDemo() {
        store.lockRegister();
        List<Long> ids = store.demoIds();
        for (long id : ids) {
            Engagement before = get(id);
            store.delete(id);
            audit.record(AUDIT_TYPE, id, AuditAction.DELETE, summary("Removed demo", before), before, null);
        }
        if (!ids.isEmpty()) {
            figures.recomputeAll();
            recomputeBeforeCommit();
        }
        return ids.size();
    }

    /**
     * Demo removal runs every owner's removal in one transaction, and the Action Plan's owner deletes the demo
     * activities without an activity event: the activity figures are recomputed again just before that transaction
     * commits, when every owner has removed its rows (left alone when unchanged).
     */
    private void recomputeBeforeCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                figures.recomputeActivities();
            }
        });
    }

    /** One engagement the user may see; 404 when missing, 403 when out of the user's scope. */
    @Transactional(readOnly = true)
    Engagement read(long id) {
        Engagement e = get(id);
        access.requireRead(e);
        return e;
    }

    @Transactional(readOnly = true)
    PageResult<Engagement> search(EngagementFilter filter, int page, int size) {
        EngagementFilter scoped = access.readsOwnPartnerOnly() ? filter.onlyActivities(access.ownPartnerActivities()) : filter;
        return store.search(scoped, Math.max(1, page), Math.min(200, Math.max(1, size)));
    }

    @Transactional(readOnly = true)
    long count() {
        return store.count();
    }

    @Transactional(readOnly = true)
    long demoCount() {
        return store.demoIds().size();
    }

    private Engagement get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Engagement", id));
    }

    private static String summary(String verb, Engagement e) {
        return verb + " child participation engagement " + e.id() + " of " + e.date() + " in " + e.country()
                + (e.activityCode() == null ? "" : " (" + e.activityCode() + ")") + ": " + e.totalChildren() + " children";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
