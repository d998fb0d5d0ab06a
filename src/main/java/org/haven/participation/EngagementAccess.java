package org.haven.participation;

import java.util.List;

import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change which engagement. ADMIN, MEL_OFFICER and PROGRAMME_OFFICER manage every engagement; a
 * COUNTRY_FOCAL_POINT records and changes engagements in one of their countries; a PARTNER_REPORTER those linked to
 * an activity of their partner (the Action Plan's rule) and sees only those; VIEWER and everyone else read.
 */
@Component
class EngagementAccess {

    private final CurrentUser user;
    private final ActivityCatalog activities;

    EngagementAccess(CurrentUser user, ActivityCatalog activities) {
        this.user = user;
        this.activities = activities;
    }

    boolean canManage() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER);
    }

    /** True when the user may record at least some engagements. */
    boolean canRecord() {
        return canManage() || user.hasAny(Role.COUNTRY_FOCAL_POINT, Role.PARTNER_REPORTER);
    }

    /** True when the user may record or change an engagement in this country linked to this activity. */
    boolean canWrite(String country, Activity activity) {
        return canManage()
                || (user.hasAny(Role.COUNTRY_FOCAL_POINT) && country != null && user.countries().contains(country))
                || (user.hasAny(Role.PARTNER_REPORTER) && activity != null && activities.ofCurrentPartner(activity));
    }

    boolean canWrite(Engagement e) {
        return canWrite(e.country(), e.activityId() == null ? null : activities.find(e.activityId()).orElse(null));
    }

    /** True for a user whose only reading scope is their partner: they see their partner's engagements only. */
    boolean readsOwnPartnerOnly() {
        return user.hasAny(Role.PARTNER_REPORTER) && !user.hasAny(Role.ADMIN, Role.MEL_OFFICER,
                Role.PROGRAMME_OFFICER, Role.COUNTRY_FOCAL_POINT, Role.VIEWER);
    }

    /** The ids of the activities of the user's partner. */
    List<Long> ownPartnerActivities() {
        return activities.all().stream().filter(activities::ofCurrentPartner).map(Activity::id).toList();
    }

    boolean canRead(Engagement e) {
        return !readsOwnPartnerOnly() || (e.activityId() != null && ownPartnerActivities().contains(e.activityId()));
    }

    void requireRecord() {
        if (!canRecord()) {
            throw new AccessDeniedException("Only administrators, MEL and programme officers, country focal points and "
                    + "partner reporters record child participation engagements");
        }
    }

    void requireWrite(String country, Activity activity) {
        if (!canWrite(country, activity)) {
            throw new AccessDeniedException("You may not record engagements in " + country
                    + (activity == null ? "" : " for activity " + activity.code()));
        }
    }

    void requireWrite(Engagement e) {
        if (!canWrite(e)) {
            throw new AccessDeniedException("You may not change engagement " + e.id());
        }
    }

    void requireRead(Engagement e) {
        if (!canRead(e)) {
            throw new AccessDeniedException("You may not see engagement " + e.id());
        }
    }

    String username() {
        return user.username();
    }
}
