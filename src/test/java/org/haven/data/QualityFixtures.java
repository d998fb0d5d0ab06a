package org.haven.data;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data for the quality tests: data elements and indicators written straight to the registry tables. */
final class QualityFixtures {

    private QualityFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** A NUMBER data element summed over org units and time, disaggregated by the comma-separated categories. */
    static void element(JdbcClient jdbc, String code, String categories) {
        jdbc.sql("""
                insert into data_element (code, name, value_type, aggregation_org, aggregation_time, version, created_at, updated_at)
                values (:code, :name, 'NUMBER', 'SUM', 'SUM', 0, current_timestamp, current_timestamp)""")
                .param("code", code).param("name", "Quality test " + code).update();
        int order = 0;
        for (String c : categories.split(",")) {
            if (!c.isBlank()) {
                jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, :c, :o)")
                        .param("e", code).param("c", c.trim()).param("o", order++).update();
            }
        }
    }

    /** A yearly PERCENTAGE indicator (multiplier 100) summed over org units and time. */
    static void percentage(JdbcClient jdbc, String code, String numerator, String denominator) {
        jdbc.sql("""
                insert into indicator (code, name, type, decimals, direction, aggregation_org, aggregation_time, frequency,
                    numerator, denominator, multiplier, version, created_at, updated_at)
                values (:code, :name, 'PERCENTAGE', 1, 'HIGHER_IS_BETTER', 'SUM', 'SUM', 'YEARLY', :num, :den, 100, 0,
                    current_timestamp, current_timestamp)""")
                .param("code", code).param("name", "Quality test " + code).param("num", numerator)
                .param("den", denominator).update();
    }

    static DataValueInput value(String element, String orgUnit, String period, Map<String, String> categories,
            double value) {
        return new DataValueInput(new ValueKey(element, orgUnit, period, categories, null), BigDecimal.valueOf(value),
                null, false);
    }
}
