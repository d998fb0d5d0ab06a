package org.haven.plan;

import java.util.Locale;
import java.util.Optional;

import org.haven.user.CurrentUser;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change which activity. ADMIN, MEL_OFFICER and PROGRAMME_OFFICER manage all activities; a
 * COUNTRY_FOCAL_POINT edits and reports on activities in one of their countries; a PARTNER_REPORTER reports progress
 * on activities linked to their partner. Everyone signed in may read.
 */
@Component("activityAccess")
class ActivityAccess {

    private final CurrentUser currentUser;

    ActivityAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean canManage() {
        return currentUser.hasAny(Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER);
    }

    boolean canEdit(Activity a) {
        return canManage() || (currentUser.hasAny(Role.COUNTRY_FOCAL_POINT)
                && a.areaCodes().stream().anyMatch(currentUser.countries()::contains));
    }

    boolean canReport(Activity a) {
        return canEdit(a) || ofOwnPartner(a);
    }

    /** True when the user is a PARTNER_REPORTER and the activity is linked to their partner. */
    boolean ofOwnPartner(Activity a) {
        Optional<String> partner = currentUser.get().filter(u -> u.has(Role.PARTNER_REPORTER))
                .map(HavenUser::partnerCode).filter(p -> p != null && !p.isBlank());
        return partner.isPresent() && a.partnerCodes().stream().anyMatch(c -> c.equalsIgnoreCase(partner.get().trim()));
    }

    /** True when the user may edit only because of their countries (so an edit must keep one of them). */
    boolean editsByCountry() {
        return !canManage() && currentUser.hasAny(Role.COUNTRY_FOCAL_POINT);
    }

    boolean inOwnCountry(java.util.Collection<String> areaCodes) {
        return areaCodes.stream().map(c -> c.toUpperCase(Locale.ROOT)).anyMatch(currentUser.countries()::contains);
    }

    String username() {
        return currentUser.username();
    }

    void requireManage() {
        if (!canManage()) {
            throw new AccessDeniedException("Only administrators, MEL and programme officers manage activities");
        }
    }

    void requireEdit(Activity a) {
        if (!canEdit(a)) {
            throw new AccessDeniedException("You may not edit activity " + a.code());
        }
    }

    void requireReport(Activity a) {
        if (!canReport(a)) {
            throw new AccessDeniedException("You may not report progress on activity " + a.code());
        }
    }
}
