package org.haven.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.core.PageResult;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerRef;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, deletes and reports on activities; checks roles and input, audits every change and publishes
 * {@link ActivityChanged} inside the change's transaction.
 */
@Service
@Transactional
class ActivityService {

    static final String AUDIT_TYPE = "activity";
    static final String SYSTEM = "system";

    private final ActivityStore store;
    private final ActivityValidator validator;
    private final ActivityAccess access;
    private final AuditLog audit;
    private final OrgUnitDirectory orgUnits;
    private final ApplicationEventPublisher events;
    private final PartnerDirectory partners;
    private final Clock clock = Clock.systemUTC();

    ActivityService(ActivityStore store, ActivityValidator validator, ActivityAccess access, AuditLog audit,
            OrgUnitDirectory orgUnits, ApplicationEventPublisher events, PartnerDirectory partners) {
        this.partners = partners;
        this.store = store;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
        this.orgUnits = orgUnits;
        this.events = events;
    }

    Activity create(ActivityInput in) {
        access.requireManage();
        return doCreate(in, access.username());
    }

    /** For Haven itself (the demo Action Plan): no signed-in user, no role check, audited as 'system'. */
    Activity createAsSystem(ActivityInput in) {
        return doCreate(in, SYSTEM);
    }

    private Activity doCreate(ActivityInput raw, String actor) {
        ActivityInput in = normalize(raw);
        List<FieldProblem> problems = validator.check(in, !ActivityValidator.blank(in.code()) && store.codeTaken(in.code(), null));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(in, actor, now());
        store.replaceLinks(id, in.nodeCodes(), in.areaCodes(), in.partners());
        Activity created = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, "Created activity " + created.code(), null, created);
        events.publishEvent(new ActivityChanged(id, created.code()));
        return created;
    }

    Activity update(long id, ActivityInput raw) {
        Activity before = get(id);
        access.requireEdit(before);
        ActivityInput in = normalize(raw);
        List<FieldProblem> problems = new ArrayList<>(
                validator.check(in, !ActivityValidator.blank(in.code()) && store.codeTaken(in.code(), id)));
        if (in.version() == null) {
            problems.add(new FieldProblem("version", "version is required to change an activity"));
        }
        if (access.editsByCountry() && !access.inOwnCountry(in.areaCodes())) {
            problems.add(new FieldProblem("areaCodes", "the activity must stay in at least one of your countries"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!store.update(id, in.version(), in, access.username(), now())) {
            throw ConflictException.staleVersion("Activity", before.code());
        }
        store.replaceLinks(id, in.nodeCodes(), in.areaCodes(), in.partners());
        Activity after = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, "Changed activity " + after.code(), before, after);
        events.publishEvent(new ActivityChanged(id, after.code()));
        return after;
    }

    void delete(long id) {
        access.requireManage();
        Activity before = get(id);
        store.delete(id);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, "Deleted activity " + before.code(), before, null);
        events.publishEvent(new ActivityChanged(id, before.code()));
    }

    ProgressUpdate addProgress(long id, ProgressInput in) {
        Activity before = get(id);
        access.requireReport(before);
        return doAddProgress(before, in, access.username());
    }

    /** For Haven itself (the demo Action Plan): no role check, recorded as 'system'. */
    ProgressUpdate addProgressAsSystem(long id, ProgressInput in) {
        return doAddProgress(get(id), in, SYSTEM);
    }

    private ProgressUpdate doAddProgress(Activity before, ProgressInput in, String actor) {
        List<FieldProblem> problems = validator.check(in, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ActivityStatus status = ActivityStatus.valueOf(in.status().trim().toUpperCase(Locale.ROOT));
        OffsetDateTime now = now();
        long progressId = store.insertProgress(before.id(), in, status, actor, now);
        if (!store.setProgress(before.id(), before.version(), status, in.percentComplete(), actor, now)) {
            throw ConflictException.staleVersion("Activity", before.code());
        }
        Activity after = get(before.id());
        audit.record(AUDIT_TYPE, before.id(), AuditAction.UPDATE, "Progress update of " + before.code() + " on "
                + in.reportDate() + ": " + status + (in.percentComplete() == null ? "" : ", " + in.percentComplete() + "%"),
                before, after);
        events.publishEvent(new ActivityChanged(before.id(), before.code()));
        return store.progress(before.id()).stream().filter(p -> p.id() == progressId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    Activity get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Activity", id));
    }

    @Transactional(readOnly = true)
    List<ProgressUpdate> progress(long id) {
        return store.progress(id);
    }

    @Transactional(readOnly = true)
    Map<Long, ProgressUpdate> latestProgress(List<Activity> activities) {
        return store.latestProgress(activities.stream().map(Activity::id).toList());
    }

    @Transactional(readOnly = true)
    PageResult<Activity> search(ActivityFilter filter, int page, int size) {
        return store.search(filter, areaPath(filter), Math.max(1, page), Math.min(200, Math.max(1, size)));
    }

    @Transactional(readOnly = true)
    List<Activity> searchAll(ActivityFilter filter) {
        return store.searchAll(filter, areaPath(filter));
    }

    @Transactional(readOnly = true)
    List<Activity> linkedTo(String nodeCode) {
        return store.linkedTo(nodeCode);
    }

    @Transactional(readOnly = true)
    boolean isEmpty() {
        return store.count() == 0;
    }

    /** The org-unit path an area filter matches below; an unknown code yields a path that matches nothing. */
    private String areaPath(ActivityFilter filter) {
        if (filter.area() == null) {
            return null;
        }
        return orgUnits.find(filter.area()).map(OrgUnit::path).orElse("#unknown:" + filter.area());
    }

    /** Trimmed and upper-cased input; partner codes as the registry spells them (unknown ones left for the validator). */
    private ActivityInput normalize(ActivityInput in) {
        return new ActivityInput(trim(in.code()), trim(in.title()), trim(in.description()), trim(in.leadImplementer()),
                in.partners().stream().map(c -> partners.find(c).map(PartnerRef::code).orElse(c)).distinct().toList(),
                in.nodeCodes(),
                in.areaCodes().stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList(),
                in.startDate(), in.endDate(), upper(in.status()), in.budgetAmount(), upper(in.budgetCurrency()),
                in.genderMarker(), in.childParticipation() == null || in.childParticipation().isBlank()
                        ? ChildParticipation.NONE.name() : upper(in.childParticipation()),
                trim(in.childParticipationNote()), in.percentComplete(), in.demo(), in.version());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
