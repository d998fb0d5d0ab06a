package org.haven.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.core.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and changes recommendations, their management response and follow-up; checks the role and the input and
 * audits every change. A recommendation is demo data exactly when its evaluation is. "Overdue" is judged against
 * today's date in UTC.
 */
@Service
@Transactional
class RecommendationService {

    static final String AUDIT_TYPE = "learning_recommendation";

    private final RecommendationStore store;
    private final EvaluationStore evaluations;
    private final LearningValidator validator;
    private final LearningAccess access;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    RecommendationService(RecommendationStore store, EvaluationStore evaluations, LearningValidator validator,
            LearningAccess access, AuditLog audit) {
        this.store = store;
        this.evaluations = evaluations;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    Recommendation create(RecommendationInput in) {
        access.requireEdit();
        return doCreate(in, access.username());
    }

    /** For Haven itself (demo data): no role check, recorded as 'system'. */
    Recommendation createAsSystem(RecommendationInput in) {
        return doCreate(in, EvaluationService.SYSTEM);
    }

    private Recommendation doCreate(RecommendationInput raw, String actor) {
        RecommendationInput in = normalize(raw);
        check(in, false);
        boolean demo = evaluationDemo(in.evaluationId());
        long id = store.insert(in, response(in), status(in), demo, actor, now());
        Recommendation created = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, "Recorded recommendation " + id + " of evaluation "
                + created.evaluationTitle(), null, created);
        return created;
    }

    Recommendation update(long id, RecommendationInput raw) {
        access.requireEdit();
        Recommendation before = get(id);
        RecommendationInput in = normalize(raw);
        check(in, true);
        if (!store.update(id, in.version(), in, response(in), status(in), evaluationDemo(in.evaluationId()),
                access.username(), now())) {
            throw ConflictException.staleVersion("Recommendation", id);
        }
        Recommendation after = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, "Changed recommendation " + id + " of evaluation "
                + after.evaluationTitle() + summary(before, after), before, after);
        return after;
    }

    void delete(long id) {
        access.requireEdit();
        Recommendation before = get(id);
        store.delete(id);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, "Deleted recommendation " + id + " of evaluation "
                + before.evaluationTitle(), before, null);
    }

    @Transactional(readOnly = true)
    Recommendation get(long id) {
        return store.find(id, today()).orElseThrow(() -> new NotFoundException("Recommendation", id));
    }

    @Transactional(readOnly = true)
    PageResult<Recommendation> search(RecommendationFilter filter, int page, int size) {
        return store.search(filter, today(), Math.max(1, page), Math.min(200, Math.max(1, size)));
    }

    @Transactional(readOnly = true)
    List<Recommendation> searchAll(RecommendationFilter filter) {
        return store.searchAll(filter, today());
    }

    @Transactional(readOnly = true)
    long countOverdue() {
        return store.countOverdue(today());
    }

    @Transactional(readOnly = true)
    long count() {
        return store.count();
    }

    @Transactional(readOnly = true)
    Map<String, Long> countByResponse() {
        return store.countByResponse();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void check(RecommendationInput in, boolean changing) {
        boolean evaluationExists = in.evaluationId() != null && evaluations.exists(in.evaluationId());
        List<FieldProblem> problems = validator.check(in, changing, evaluationExists);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private boolean evaluationDemo(long evaluationId) {
        return evaluations.find(evaluationId).map(Evaluation::demo).orElse(false);
    }

    private static ManagementResponse response(RecommendationInput in) {
        return in.managementResponse() == null ? null : LearningValidator.parse(ManagementResponse.class, in.managementResponse());
    }

    private static FollowUpStatus status(RecommendationInput in) {
        return LearningValidator.parse(FollowUpStatus.class, in.followUpStatus());
    }

    private static String summary(Recommendation before, Recommendation after) {
        StringBuilder s = new StringBuilder();
        if (before.managementResponse() != after.managementResponse()) {
            s.append("; response ").append(after.managementResponse() == null ? "awaited" : after.managementResponse());
        }
        if (before.followUpStatus() != after.followUpStatus()) {
            s.append("; follow-up ").append(after.followUpStatus());
        }
        return s.toString();
    }

    private static RecommendationInput normalize(RecommendationInput in) {
        return new RecommendationInput(in.evaluationId(), EvaluationService.trim(in.text()),
                EvaluationService.trim(in.managementResponse()), EvaluationService.trim(in.responseNote()),
                EvaluationService.trim(in.owner()), in.dueDate(),
                in.followUpStatus() == null || in.followUpStatus().isBlank() ? FollowUpStatus.NOT_STARTED.name()
                        : in.followUpStatus().trim(),
                in.version());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
