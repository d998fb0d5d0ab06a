package org.haven.opendata;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.haven.data.DataValueInput;
import org.haven.data.ValueKey;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Registry rows written straight to the tables with unique codes, and value inputs for DataValueService. */
final class OpenDataFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private OpenDataFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQ.incrementAndGet();
    }

    /** An INTEGER (count) data element summed over org units and time, disaggregated by the comma-separated categories. */
    static String element(JdbcClient jdbc, String categories) {
        String code = unique("OD_E");
        jdbc.sql("""
                insert into data_element (code, name, value_type, aggregation_org, aggregation_time, version,
                    created_at, updated_at)
                values (:code, :name, 'INTEGER', 'SUM', 'SUM', 0, current_timestamp, current_timestamp)""")
                .param("code", code).param("name", "Open data test " + code).update();
        int order = 0;
        for (String c : categories.split(",")) {
            if (!c.isBlank()) {
                jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, :c, :o)")
                        .param("e", code).param("c", c.trim()).param("o", order++).update();
            }
        }
        return code;
    }

    /** A COUNT indicator of the element's total, with the metadata a sheet shows. */
    static String countIndicator(JdbcClient jdbc, String element, String internationalCode) {
        String code = unique("OD_I");
        jdbc.sql("""
                insert into indicator (code, name, definition, type, unit, decimals, direction, aggregation_org,
                    aggregation_time, data_source, frequency, responsible_office, numerator, international_code,
                    version, created_at, updated_at)
                values (:code, :name, :definition, 'COUNT', 'children', 0, 'LOWER_IS_BETTER', 'SUM', 'SUM', :source,
                    'YEARLY', :office, :num, :international, 0, current_timestamp, current_timestamp)""")
                .param("code", code).param("name", "Open data test indicator " + code)
                .param("definition", "Number of children in the open-data test " + code)
                .param("source", "National police records (test)").param("office", "UNODC Justice Section (test)")
                .param("num", "#{" + element + "}").param("international", internationalCode).update();
        return code;
    }

    /** A yearly data set of the elements, open for entry long after each period. */
    static String dataSet(JdbcClient jdbc, String... elements) {
        String code = unique("OD_DS");
        jdbc.sql("""
                insert into data_set (code, name, period_type, open_days_after_period_end, version, created_at, updated_at)
                values (:code, :code, 'YEARLY', 36500, 0, current_timestamp, current_timestamp)""")
                .param("code", code).update();
        int order = 0;
        for (String e : elements) {
            jdbc.sql("insert into data_set_element (data_set_code, data_element_code, sort_order) values (:d, :e, :o)")
                    .param("d", code).param("e", e).param("o", order++).update();
        }
        return code;
    }

    static DataValueInput value(String element, String orgUnit, String period, Map<String, String> categories,
            double value) {
        return new DataValueInput(new ValueKey(element, orgUnit, period, categories, null), BigDecimal.valueOf(value),
                null, false);
    }

    /** Signs a user in on this thread (services check roles); null signs out. */
    static void signIn(String username, Role... roles) {
        if (username == null) {
            SecurityContextHolder.clearContext();
            return;
        }
        HavenUser user = new HavenUser(1, username, username, "x", true, Set.of(roles), Set.of(), null);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
