package org.haven.comms;

import java.util.List;

import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change which product. ADMIN, MEL_OFFICER and PROGRAMME_OFFICER manage every product; a
 * COUNTRY_FOCAL_POINT adds and changes products whose org unit is one of their countries; a PARTNER_REPORTER those
 * linked to an activity of their partner (the Action Plan's rule) and sees only those; VIEWER and others read.
 */
@Component
class ProductAccess {

    private final CurrentUser user;
    private final ActivityCatalog activities;

    ProductAccess(CurrentUser user, ActivityCatalog activities) {
        this.user = user;
        this.activities = activities;
    }

    boolean canManage() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER);
    }

    boolean canAdd() {
        return canManage() || user.hasAny(Role.COUNTRY_FOCAL_POINT, Role.PARTNER_REPORTER);
    }

    boolean canWrite(String orgUnit, Activity activity) {
        return canManage()
                || (user.hasAny(Role.COUNTRY_FOCAL_POINT) && orgUnit != null && user.countries().contains(orgUnit))
                || (user.hasAny(Role.PARTNER_REPORTER) && activity != null && activities.ofCurrentPartner(activity));
    }

    boolean canWrite(CommsProduct p) {
        return canWrite(p.orgUnit(), p.activityId() == null ? null : activities.find(p.activityId()).orElse(null));
    }

    boolean readsOwnPartnerOnly() {
        return user.hasAny(Role.PARTNER_REPORTER) && !user.hasAny(Role.ADMIN, Role.MEL_OFFICER,
                Role.PROGRAMME_OFFICER, Role.COUNTRY_FOCAL_POINT, Role.VIEWER);
    }

    List<Long> ownPartnerActivities() {
        return activities.all().stream().filter(activities::ofCurrentPartner).map(Activity::id).toList();
    }

    boolean canRead(CommsProduct p) {
        return !readsOwnPartnerOnly() || (p.activityId() != null && ownPartnerActivities().contains(p.activityId()));
    }

    void requireAdd() {
        if (!canAdd()) {
            throw new AccessDeniedException("Only administrators, MEL and programme officers, country focal points and "
                    + "partner reporters add communication products");
        }
    }

    void requireWrite(String orgUnit, Activity activity) {
        if (!canWrite(orgUnit, activity)) {
            throw new AccessDeniedException("You may not add or change communication products for " + orgUnit
                    + (activity == null ? "" : " and activity " + activity.code()));
        }
    }

    void requireWrite(CommsProduct p) {
        if (!canWrite(p)) {
            throw new AccessDeniedException("You may not change communication product " + p.id());
        }
    }

    void requireRead(CommsProduct p) {
        if (!canRead(p)) {
            throw new AccessDeniedException("You may not see communication product " + p.id());
        }
    }

    String username() {
        return user.username();
    }
}
