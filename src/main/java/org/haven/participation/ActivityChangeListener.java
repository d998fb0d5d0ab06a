package org.haven.participation;

import org.haven.plan.ActivityChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the share of activities with child participation current when an activity's dates or status change: the
 * activity figures are recomputed in the activity change's own transaction (and left alone when unchanged).
 */
@Component
class ActivityChangeListener {

    private final EngagementStore store;
    private final ParticipationFigures figures;

    ActivityChangeListener(EngagementStore store, ParticipationFigures figures) {
        this.store = store;
        this.figures = figures;
    }

    @EventListener
    void on(ActivityChanged event) {
        store.lockRegister();
        figures.recomputeActivities();
    }
}
