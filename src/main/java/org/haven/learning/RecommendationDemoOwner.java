package org.haven.learning;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.DemoDataOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The demo recommendations (those of demo evaluations), removed one by one, audited, in the caller's transaction. */
@Component
class RecommendationDemoOwner implements DemoDataOwner {

    private final RecommendationStore store;
    private final RecommendationService service;
    private final AuditLog audit;

    RecommendationDemoOwner(RecommendationStore store, RecommendationService service, AuditLog audit) {
        this.store = store;
        this.service = service;
        this.audit = audit;
    }

    @Override
    public String labelKey() {
        return "demo.owner.learningRecommendations";
    }

    @Override
    public long count() {
        return store.countDemo();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long remove() {
        long removed = 0;
        for (Long id : store.demoIds()) {
            Recommendation before = service.get(id);
            store.delete(id);
            audit.record(RecommendationService.AUDIT_TYPE, id, AuditAction.DELETE, "Removed demo recommendation " + id,
                    before, null);
            removed++;
        }
        return removed;
    }
}
