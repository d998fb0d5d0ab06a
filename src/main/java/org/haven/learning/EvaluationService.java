package org.haven.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * Records, changes and deletes evaluations; checks the role and the input and audits every change in the same
 * transaction. Deleting an evaluation deletes its recommendations and unlinks the lessons drawn from it, each audited.
 */
@Service
@Transactional
class EvaluationService {

    static final String AUDIT_TYPE = "learning_evaluation";
    static final String SYSTEM = "system";

    private final EvaluationStore store;
    private final RecommendationStore recommendations;
    private final LessonStore lessons;
    private final LearningValidator validator;
    private final LearningAccess access;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    EvaluationService(EvaluationStore store, RecommendationStore recommendations, LessonStore lessons,
            LearningValidator validator, LearningAccess access, AuditLog audit) {
        this.store = store;
        this.recommendations = recommendations;
        this.lessons = lessons;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    Evaluation create(EvaluationInput in) {
        access.requireEdit();
        return doCreate(in, access.username());
    }

    /** For Haven itself (demo data): no signed-in user, no role check, recorded as 'system'. */
    Evaluation createAsSystem(EvaluationInput in) {
        return doCreate(in, SYSTEM);
    }

    private Evaluation doCreate(EvaluationInput raw, String actor) {
        EvaluationInput in = normalize(raw);
        List<FieldProblem> problems = validator.check(in, null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(in, actor, now());
        store.replaceLinks(id, validator.activityIds(new ArrayList<>(), in.activityCodes()), in.nodeCodes());
        Evaluation created = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, "Recorded evaluation " + created.title(), null, created);
        return created;
    }

    Evaluation update(long id, EvaluationInput raw) {
        access.requireEdit();
        Evaluation before = get(id);
        EvaluationInput in = normalize(raw);
        List<FieldProblem> problems = validator.check(in, before);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!store.update(id, in.version(), in, access.username(), now())) {
            throw ConflictException.staleVersion("Evaluation", id);
        }
        store.replaceLinks(id, validator.activityIds(new ArrayList<>(), in.activityCodes()), in.nodeCodes());
        if (before.demo() != Boolean.TRUE.equals(in.demo())) {
            store.syncRecommendationDemo(id, Boolean.TRUE.equals(in.demo()));
        }
        Evaluation after = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, "Changed evaluation " + after.title(), before, after);
        return after;
    }

    void delete(long id) {
        access.requireEdit();
        deleteAudited(get(id), access.username());
    }

    /** Deletes the evaluation, its recommendations and its lessons' link to it, auditing each. */
    void deleteAudited(Evaluation before, String actor) {
        LocalDate today = today();
        for (Recommendation r : recommendations.searchAll(RecommendationFilter.ofEvaluation(before.id()), today)) {
            recommendations.delete(r.id());
            audit.record(RecommendationService.AUDIT_TYPE, r.id(), AuditAction.DELETE,
                    "Deleted recommendation " + r.id() + " with evaluation " + before.title(), r, null);
        }
        OffsetDateTime now = now();
        for (Lesson l : lessons.ofEvaluation(before.id())) {
            lessons.unlinkEvaluation(l.id(), actor, now);
            audit.record(LessonService.AUDIT_TYPE, l.id(), AuditAction.UPDATE,
                    "Lesson " + l.title() + " no longer drawn from deleted evaluation " + before.title(), l,
                    lessons.find(l.id()).orElse(null));
        }
        store.delete(before.id());
        audit.record(AUDIT_TYPE, before.id(), AuditAction.DELETE, "Deleted evaluation " + before.title(), before, null);
    }

    @Transactional(readOnly = true)
    Evaluation get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Evaluation", id));
    }

    @Transactional(readOnly = true)
    PageResult<Evaluation> search(LearningFilter filter, int page, int size) {
        return store.search(filter, Math.max(1, page), Math.min(200, Math.max(1, size)));
    }

    @Transactional(readOnly = true)
    List<Evaluation> searchAll(LearningFilter filter) {
        return store.searchAll(filter);
    }

    @Transactional(readOnly = true)
    List<Map.Entry<Long, String>> titles() {
        return store.titles();
    }

    @Transactional(readOnly = true)
    long count() {
        return store.count();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static EvaluationInput normalize(EvaluationInput in) {
        return new EvaluationInput(trim(in.title()), trim(in.scope()), trim(in.evaluator()), in.startDate(),
                in.endDate(), trim(in.reportUrl()), in.activityCodes(), in.nodeCodes(), in.demo(), in.version());
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
