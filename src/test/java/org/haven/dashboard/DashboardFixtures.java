package org.haven.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.data.ApprovalService;
import org.haven.data.ApprovalState;
import org.haven.data.DataValueInput;
import org.haven.data.DataValueService;
import org.haven.data.ValueKey;
import org.haven.data.ValueSource;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Values of JJ-7 (children in detention not wholly separated from adults, a percentage of children in detention,
 * both in data set JJ_YEARLY) written once per database for the dashboard tests, in years and places no other test
 * uses: Tokelau 1993 approved (75.0 %: girls 12/20 = 60.0 %, boys 18/20 = 90.0 %), Tokelau 1994 not approved
 * (85.0 %), Saint Helena 1995 approved but from a count of 3 (6.0 %, suppressed in the public view).
 */
final class DashboardFixtures {

    static final String INDICATOR = "JJ-7";
    static final String DATA_SET = "JJ_YEARLY";
    static final String COUNTRY = "TKL";
    static final String SMALL_COUNTRY = "SHN";
    static final String APPROVED_YEAR = "1993";
    static final String UNAPPROVED_YEAR = "1994";
    static final String SMALL_YEAR = "1995";

    private DashboardFixtures() {
    }

    static synchronized void ensure(DataValueService values, ApprovalService approvals) {
        HavenUser admin = new HavenUser(1, "admin", "admin", "x", true, Set.of(Role.ADMIN), Set.of(), null);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            if (approvals.state(DATA_SET, COUNTRY, APPROVED_YEAR) == ApprovalState.APPROVED) {
                return;
            }
            values.write(List.of(
                    value("JJ_NOT_SEPARATED", COUNTRY, APPROVED_YEAR, "F", 12),
                    value("JJ_NOT_SEPARATED", COUNTRY, APPROVED_YEAR, "M", 18),
                    value("JJ_DETAINED", COUNTRY, APPROVED_YEAR, "F", 20),
                    value("JJ_DETAINED", COUNTRY, APPROVED_YEAR, "M", 20),
                    value("JJ_NOT_SEPARATED", COUNTRY, UNAPPROVED_YEAR, "F", 40),
                    value("JJ_NOT_SEPARATED", COUNTRY, UNAPPROVED_YEAR, "M", 45),
                    value("JJ_DETAINED", COUNTRY, UNAPPROVED_YEAR, "F", 50),
                    value("JJ_DETAINED", COUNTRY, UNAPPROVED_YEAR, "M", 50),
                    value("JJ_NOT_SEPARATED", SMALL_COUNTRY, SMALL_YEAR, null, 3),
                    value("JJ_DETAINED", SMALL_COUNTRY, SMALL_YEAR, null, 50)), ValueSource.IMPORT);
            approvals.approve(DATA_SET, COUNTRY, APPROVED_YEAR);
            approvals.approve(DATA_SET, SMALL_COUNTRY, SMALL_YEAR);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static DataValueInput value(String element, String orgUnit, String period, String sex, double value) {
        Map<String, String> categories = sex == null ? Map.of() : Map.of("SEX", sex);
        return new DataValueInput(new ValueKey(element, orgUnit, period, categories, null), BigDecimal.valueOf(value),
                null, false);
    }
}
