package org.haven.learning;

import org.haven.core.DemoDataOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo evaluations. Removing one removes its recommendations (demo with it) and unlinks the lessons drawn from
 * it, each audited, in the caller's transaction.
 */
@Component
class EvaluationDemoOwner implements DemoDataOwner {

    private final EvaluationStore store;
    private final EvaluationService service;
    private final LearningAccess access;

    EvaluationDemoOwner(EvaluationStore store, EvaluationService service, LearningAccess access) {
        this.store = store;
        this.service = service;
        this.access = access;
    }

    @Override
    public String labelKey() {
        return "demo.owner.learningEvaluations";
    }

    @Override
    public long count() {
        return store.countDemo();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long remove() {
        long removed = 0;
        for (Evaluation e : store.demoRows()) {
            service.deleteAudited(e, access.username());
            removed++;
        }
        return removed;
    }
}
