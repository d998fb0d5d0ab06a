package org.haven.analytics;

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

/** Test data written straight to the registry tables (unique codes), and value inputs for DataValueService. */
final class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQ.incrementAndGet();
    }

    /** A NUMBER data element with the aggregations, disaggregated by the comma-separated categories. */
    static String element(JdbcClient jdbc, String prefix, String categories, String aggOrg, String aggTime) {
        return element(jdbc, prefix, categories, aggOrg, aggTime, "NUMBER", null);
    }

    static String element(JdbcClient jdbc, String prefix, String categories, String aggOrg, String aggTime,
            String valueType, String stages) {
        String code = unique(prefix);
        jdbc.sql("""
                insert into data_element (code, name, value_type, milestone_stages, aggregation_org, aggregation_time,
                    version, created_at, updated_at)
                values (:code, :name, :type, :stages, :org, :time, 0, current_timestamp, current_timestamp)""")
                .param("code", code).param("name", "Analytics test " + code).param("type", valueType)
                .param("stages", stages).param("org", aggOrg).param("time", aggTime).update();
        int order = 0;
        for (String c : categories.split(",")) {
            if (!c.isBlank()) {
                jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, :c, :o)")
                        .param("e", code).param("c", c.trim()).param("o", order++).update();
            }
        }
        return code;
    }

    /** An indicator; {@code denominator} may be null. */
    static String indicator(JdbcClient jdbc, String prefix, String type, String numerator, String denominator,
            double multiplier, String aggOrg, String aggTime, String direction, String stages) {
        String code = unique(prefix);
        jdbc.sql("""
                insert into indicator (code, name, type, decimals, direction, aggregation_org, aggregation_time, frequency,
                    numerator, denominator, multiplier, milestone_stages, version, created_at, updated_at)
                values (:code, :name, :type, 1, :direction, :org, :time, 'YEARLY', :num, :den, :mult, :stages, 0,
                    current_timestamp, current_timestamp)""")
                .param("code", code).param("name", "Analytics test " + code).param("type", type)
                .param("direction", direction).param("org", aggOrg).param("time", aggTime).param("num", numerator)
                .param("den", denominator).param("mult", BigDecimal.valueOf(multiplier)).param("stages", stages)
                .update();
        return code;
    }

    /** A data set of the elements with the period type, open for entry a year after each period. */
    static String dataSet(JdbcClient jdbc, String periodType, String... elements) {
        String code = unique("AE_DS");
        jdbc.sql("""
                insert into data_set (code, name, period_type, open_days_after_period_end, version, created_at, updated_at)
                values (:code, :code, :type, 36500, 0, current_timestamp, current_timestamp)""")
                .param("code", code).param("type", periodType).update();
        int order = 0;
        for (String e : elements) {
            jdbc.sql("insert into data_set_element (data_set_code, data_element_code, sort_order) values (:d, :e, :o)")
                    .param("d", code).param("e", e).param("o", order++).update();
        }
        return code;
    }

    /** A baseline (kind BASELINE) or target of the indicator; combo "" for the total. */
    static void target(JdbcClient jdbc, String indicator, String orgUnit, String kind, int year, String combo,
            double value) {
        jdbc.sql("""
                insert into indicator_target (indicator_code, org_unit_code, kind, period_year, combo, numeric_value,
                    source, version, created_by, created_at, updated_by, updated_at)
                values (:i, :o, :k, :y, :c, :v, 'test', 0, 'test', current_timestamp, 'test', current_timestamp)""")
                .param("i", indicator).param("o", orgUnit).param("k", kind).param("y", year).param("c", combo)
                .param("v", BigDecimal.valueOf(value)).update();
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

    static void link(JdbcClient jdbc, String indicator, String node) {
        jdbc.sql("insert into indicator_node (indicator_code, node_code) values (:i, :n)").param("i", indicator)
                .param("n", node).update();
    }

    static DataValueInput value(String element, String orgUnit, String period, Map<String, String> categories,
            double value) {
        return value(element, orgUnit, period, categories, null, value);
    }

    static DataValueInput value(String element, String orgUnit, String period, Map<String, String> categories,
            String partner, double value) {
        return new DataValueInput(new ValueKey(element, orgUnit, period, categories, partner),
                BigDecimal.valueOf(value), null, false);
    }

    static DataValueInput delete(String element, String orgUnit, String period, Map<String, String> categories) {
        return new DataValueInput(new ValueKey(element, orgUnit, period, categories, null), null, null, false);
    }
}
