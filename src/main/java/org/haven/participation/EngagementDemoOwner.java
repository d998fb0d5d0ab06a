package org.haven.participation;

import org.haven.core.DemoDataOwner;
import org.springframework.stereotype.Component;

/** The demo engagements (participation_engagement.demo = true) with their counts; the ledger's figures are recomputed in the same transaction. */
@Component
class EngagementDemoOwner implements DemoDataOwner {

    private final EngagementService service;

    EngagementDemoOwner(EngagementService service) {
        this.service = service;
    }

    @Override
    public String labelKey() {
        return "demo.owner.participation";
    }

    @Override
    public long count() {
        return service.demoCount();
    }

    @Override
    public long remove() {
        return service.removeDemo();
    }
}
