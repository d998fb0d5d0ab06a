package org.haven.data;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helpers: unique codes, a signed-in user, and a test-only data element and data set. */
final class TestData {

    private TestData() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    static void signIn(String username, Set<Role> roles, Set<String> countries, String partnerCode) {
        HavenUser user = new HavenUser(1, username, username, "x", true, roles, countries, partnerCode);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** A test-only data element without categories. */
    static String element(JdbcClient jdbc, String valueType) {
        String code = unique("TEST_E");
        jdbc.sql("""
                insert into data_element (code, name, value_type, aggregation_org, aggregation_time, version, created_at, updated_at)
                values (:code, 'Test element', :type, 'SUM', 'SUM', 0, :now, :now)""")
                .param("code", code).param("type", valueType).param("now", OffsetDateTime.now()).update();
        return code;
    }

    /** A test-only data set of the given elements. */
    static String dataSet(JdbcClient jdbc, PeriodType type, int openDays, String... elements) {
        String code = unique("TEST_DS");
        jdbc.sql("""
                insert into data_set (code, name, period_type, open_days_after_period_end, version, created_at, updated_at)
                values (:code, :code, :type, :days, 0, :now, :now)""")
                .param("code", code).param("type", type.name()).param("days", openDays)
                .param("now", OffsetDateTime.now()).update();
        int order = 0;
        for (String e : elements) {
            jdbc.sql("insert into data_set_element (data_set_code, data_element_code, sort_order) values (:d, :e, :o)")
                    .param("d", code).param("e", e).param("o", order++).update();
        }
        return code;
    }
}
