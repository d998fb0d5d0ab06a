package org.haven.data;

import java.util.Arrays;
import java.util.Set;

import org.haven.reference.OrgUnit;
import org.haven.user.CurrentUser;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.stereotype.Component;

/**
 * Who may write which values. ADMIN, MEL_OFFICER and PROGRAMME_OFFICER write anywhere; COUNTRY_FOCAL_POINT only for
 * one of their countries or units below them; PARTNER_REPORTER only values attributed to their partner; VIEWER
 * nothing. Calls without a signed-in user (seeders, start-up jobs) act as 'system' and may write anywhere.
 */
@Component
class DataAccess {

    private final CurrentUser currentUser;

    DataAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    String actor() {
        return currentUser.get().map(HavenUser::username).orElse("system");
    }

    boolean isSystem() {
        return currentUser.get().isEmpty();
    }

    boolean writesAnywhere() {
        return isSystem() || currentUser.hasAny(Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER);
    }

    /** ADMIN and MEL_OFFICER (and the system) may change values of periods whose entry window has closed. */
    boolean bypassesLock() {
        return isSystem() || currentUser.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    boolean approves() {
        return isSystem() || currentUser.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    /** Null when the caller may write a value for this org unit and partner, else the reason. */
    String scopeProblem(OrgUnit orgUnit, String partner) {
        if (writesAnywhere()) {
            return null;
        }
        if (currentUser.hasAny(Role.COUNTRY_FOCAL_POINT) && inCountries(orgUnit)) {
            return null;
        }
        if (currentUser.hasAny(Role.PARTNER_REPORTER) && partner != null
                && partner.equals(currentUser.partnerCode().orElse(null))) {
            return null;
        }
        if (currentUser.hasAny(Role.COUNTRY_FOCAL_POINT)) {
            return "outside your countries: you may enter data only for " + String.join(", ", currentUser.countries());
        }
        if (currentUser.hasAny(Role.PARTNER_REPORTER)) {
            return "you may enter data only for your partner " + currentUser.partnerCode().orElse("(none)");
        }
        return "your role may not enter data";
    }

    /** The field a scope problem is reported on: partner for partner reporters, orgUnit otherwise. */
    String scopeField() {
        return currentUser.hasAny(Role.PARTNER_REPORTER) && !currentUser.hasAny(Role.COUNTRY_FOCAL_POINT)
                ? "partner" : "orgUnit";
    }

    /** True for ADMIN, MEL_OFFICER, PROGRAMME_OFFICER and focal points of a country the unit is in (or is). */
    boolean managesOrgUnit(OrgUnit orgUnit) {
        return writesAnywhere() || currentUser.hasAny(Role.COUNTRY_FOCAL_POINT) && inCountries(orgUnit);
    }

    private boolean inCountries(OrgUnit orgUnit) {
        Set<String> countries = currentUser.countries();
        return orgUnit != null && Arrays.stream(orgUnit.path().split("/")).anyMatch(countries::contains);
    }
}
