package org.haven.report;

import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Component;

/**
 * Reports are for staff: every role but PARTNER_REPORTER (an outside partner's account) may open, generate and
 * download them. Public output (the public versions and the child-friendly summary) holds aggregates only, with
 * small cells suppressed.
 */
@Component
class ReportAccess {

    private final CurrentUser currentUser;

    ReportAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    void requireStaff() {
        currentUser.require("open or generate reports", Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER,
                Role.COUNTRY_FOCAL_POINT, Role.VIEWER);
    }

    String user() {
        return currentUser.username();
    }
}
