package org.haven.indicator;

import java.util.Arrays;

import org.haven.reference.OrgUnit;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may set baselines and targets: ADMIN and MEL_OFFICER for any org unit, a COUNTRY_FOCAL_POINT for their
 * countries and the units below them (the org unit's path passes through one of their countries). Everyone signed
 * in may read them.
 */
@Component
class TargetAccess {

    private final CurrentUser user;

    TargetAccess(CurrentUser user) {
        this.user = user;
    }

    boolean editsEverywhere() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    /** True when the user may set baselines or targets for at least one org unit. */
    boolean canEditAny() {
        return editsEverywhere() || (user.hasAny(Role.COUNTRY_FOCAL_POINT) && !user.countries().isEmpty());
    }

    boolean canEdit(OrgUnit unit) {
        if (editsEverywhere()) {
            return true;
        }
        return user.hasAny(Role.COUNTRY_FOCAL_POINT)
                && Arrays.stream(unit.path().split("/")).anyMatch(user.countries()::contains);
    }

    void requireAny() {
        if (!canEditAny()) {
            throw new AccessDeniedException("Only ADMIN, MEL_OFFICER and country focal points set baselines and targets");
        }
    }

    void require(OrgUnit unit) {
        if (!canEdit(unit)) {
            throw new AccessDeniedException("You may not set baselines or targets for org unit " + unit.code());
        }
    }

    String actor() {
        return user.get().isPresent() ? user.username() : "system";
    }
}
