package org.haven.learning;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.DemoDataOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The demo lessons, removed one by one, audited, in the caller's transaction. */
@Component
class LessonDemoOwner implements DemoDataOwner {

    private final LessonStore store;
    private final AuditLog audit;

    LessonDemoOwner(LessonStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public String labelKey() {
        return "demo.owner.learningLessons";
    }

    @Override
    public long count() {
        return store.countDemo();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long remove() {
        long removed = 0;
        for (Lesson before : store.demoRows()) {
            store.delete(before.id());
            audit.record(LessonService.AUDIT_TYPE, before.id(), AuditAction.DELETE, "Removed demo lesson "
                    + before.title(), before, null);
            removed++;
        }
        return removed;
    }
}
