package org.haven.pivot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.haven.data.DataValueInput;
import org.haven.data.DataValueService;
import org.haven.data.ValueKey;
import org.haven.data.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A percentage indicator of its own (unique codes) with values in Kenya and Uganda for 2025 by sex, written through
 * the data value service so the analytics engine sees them:
 * <pre>
 *            numerator F / M     denominator F / M    share F / M / both
 *   Kenya       30 / 20             100 / 100          30 % / 20 % / 25 %
 *   Uganda      10 / 40             200 / 200           5 % / 20 % / 12.5 %
 *   both        40 / 60             300 / 300        13.3 % / 20 % / 16.7 %
 * </pre>
 * (the mean of the countries' percentages would be 18.75 %: the pivot must never show that).
 */
record PivotFixtures(String numerator, String denominator, String indicator) {

    private static final AtomicInteger SEQ = new AtomicInteger();

    static PivotFixtures create(JdbcClient jdbc, DataValueService values) {
        String num = element(jdbc, "PV_NUM");
        String den = element(jdbc, "PV_DEN");
        String ind = unique("PV_PCT");
        jdbc.sql("""
                insert into indicator (code, name, type, decimals, direction, aggregation_org, aggregation_time, frequency,
                    numerator, denominator, multiplier, version, created_at, updated_at)
                values (:code, :name, 'PERCENTAGE', 1, 'HIGHER_IS_BETTER', 'SUM', 'SUM', 'YEARLY', :num, :den, 100, 0,
                    current_timestamp, current_timestamp)""")
                .param("code", ind).param("name", "Pivot share " + ind).param("num", "#{" + num + "}")
                .param("den", "#{" + den + "}").update();
        values.write(List.of(
                value(num, "KEN", "F", 30), value(num, "KEN", "M", 20), value(num, "UGA", "F", 10),
                value(num, "UGA", "M", 40), value(den, "KEN", "F", 100), value(den, "KEN", "M", 100),
                value(den, "UGA", "F", 200), value(den, "UGA", "M", 200)), ValueSource.IMPORT);
        return new PivotFixtures(num, den, ind);
    }

    /** The pivot page's parameters: the share by country (rows) and sex (columns) in 2025. */
    String query() {
        return "dx=" + indicator + "&ou=KEN&ou=UGA&pe=2025&row=ou&col=SEX&totals=ALL&chart=NONE";
    }

    private static String element(JdbcClient jdbc, String prefix) {
        String code = unique(prefix);
        jdbc.sql("""
                insert into data_element (code, name, value_type, aggregation_org, aggregation_time, version, created_at,
                    updated_at)
                values (:code, :name, 'INTEGER', 'SUM', 'SUM', 0, current_timestamp, current_timestamp)""")
                .param("code", code).param("name", "Pivot test " + code).update();
        jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, 'SEX', 0)")
                .param("e", code).update();
        return code;
    }

    private static DataValueInput value(String element, String orgUnit, String sex, double value) {
        return new DataValueInput(new ValueKey(element, orgUnit, "2025", Map.of("SEX", sex), null),
                BigDecimal.valueOf(value), null, false);
    }

    private static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQ.incrementAndGet();
    }
}
