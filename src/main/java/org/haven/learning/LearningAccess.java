package org.haven.learning;

import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change learning records: ADMIN, MEL_OFFICER and PROGRAMME_OFFICER record and change evaluations,
 * recommendations and lessons; everyone else signed in (country focal points, partner reporters, viewers) reads.
 */
@Component
class LearningAccess {

    private static final Role[] EDITORS = {Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER};

    private final CurrentUser currentUser;

    LearningAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean canEdit() {
        return currentUser.hasAny(EDITORS);
    }

    /** Refuses (403, nothing changed) unless the user may change learning records. */
    void requireEdit() {
        currentUser.require("change evaluations, recommendations and lessons", EDITORS);
    }

    String username() {
        return currentUser.get().isPresent() ? currentUser.username() : EvaluationService.SYSTEM;
    }
}
