package org.haven.user;

/** Haven's roles. COUNTRY_FOCAL_POINT is scoped to countries, PARTNER_REPORTER to one partner. */
public enum Role {
    ADMIN, MEL_OFFICER, PROGRAMME_OFFICER, COUNTRY_FOCAL_POINT, PARTNER_REPORTER, VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
