package org.haven.learning;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.core.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, changes and deletes lessons learned; checks the role and the input and audits every change. */
@Service
@Transactional
class LessonService {

    static final String AUDIT_TYPE = "learning_lesson";

    private final LessonStore store;
    private final EvaluationStore evaluations;
    private final LearningValidator validator;
    private final LearningAccess access;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    LessonService(LessonStore store, EvaluationStore evaluations, LearningValidator validator, LearningAccess access,
            AuditLog audit) {
        this.store = store;
        this.evaluations = evaluations;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    Lesson create(LessonInput in) {
        access.requireEdit();
        return doCreate(in, access.username());
    }

    /** For Haven itself (demo data): no role check, recorded as 'system'. */
    Lesson createAsSystem(LessonInput in) {
        return doCreate(in, EvaluationService.SYSTEM);
    }

    private Lesson doCreate(LessonInput raw, String actor) {
        LessonInput in = normalize(raw);
        check(in, null);
        long id = store.insert(in, actor, now());
        store.replaceLinks(id, validator.activityIds(new ArrayList<>(), in.activityCodes()), in.nodeCodes(),
                in.contextCodes());
        Lesson created = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, "Recorded lesson " + created.title(), null, created);
        return created;
    }

    Lesson update(long id, LessonInput raw) {
        access.requireEdit();
        Lesson before = get(id);
        LessonInput in = normalize(raw);
        check(in, before);
        if (!store.update(id, in.version(), in, access.username(), now())) {
            throw ConflictException.staleVersion("Lesson", id);
        }
        store.replaceLinks(id, validator.activityIds(new ArrayList<>(), in.activityCodes()), in.nodeCodes(),
                in.contextCodes());
        Lesson after = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, "Changed lesson " + after.title(), before, after);
        return after;
    }

    void delete(long id) {
        access.requireEdit();
        Lesson before = get(id);
        store.delete(id);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, "Deleted lesson " + before.title(), before, null);
    }

    @Transactional(readOnly = true)
    Lesson get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Lesson", id));
    }

    @Transactional(readOnly = true)
    PageResult<Lesson> search(LearningFilter filter, int page, int size) {
        return store.search(filter, Math.max(1, page), Math.min(200, Math.max(1, size)));
    }

    @Transactional(readOnly = true)
    List<Lesson> searchAll(LearningFilter filter) {
        return store.searchAll(filter);
    }

    @Transactional(readOnly = true)
    long count() {
        return store.count();
    }

    private void check(LessonInput in, Lesson before) {
        boolean evaluationExists = in.evaluationId() != null && evaluations.exists(in.evaluationId());
        List<FieldProblem> problems = validator.check(in, before, evaluationExists);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static LessonInput normalize(LessonInput in) {
        return new LessonInput(EvaluationService.trim(in.title()), EvaluationService.trim(in.text()), in.evaluationId(),
                in.activityCodes(), in.nodeCodes(), in.contextCodes(), in.demo(), in.version());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
