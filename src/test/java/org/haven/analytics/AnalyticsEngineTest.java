package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.haven.analytics.Fixtures.value;

import java.util.List;
import java.util.Map;

import org.haven.data.DataValueService;
import org.haven.data.ValueSource;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HavenDbTest
class AnalyticsEngineTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    Analytics analytics;

    @Test
    void sumsRollUpThroughTheHierarchyAndMonthsIntoYears() {
        String e = Fixtures.element(jdbc, "AE_SUM", "SEX", "SUM", "SUM");
        values.write(List.of(value(e, "KEN", "2024-01", Map.of("SEX", "F"), 10),
                value(e, "KEN", "2024-01", Map.of("SEX", "M"), 20),
                value(e, "KEN", "2024-02", Map.of("SEX", "F"), 1),
                value(e, "UGA", "2024Q1", Map.of("SEX", "F"), 5)), ValueSource.IMPORT);

        AnalyticsResult r = analytics.query(AnalyticsQuery.of(List.of(e), List.of("KEN", "UGA", "002"), List.of("2024")));

        assertThat(r.columns()).containsExactly("dx", "ou", "pe");
        assertThat(r.rows()).extracting(AnalyticsRow::keys).containsExactly(
                List.of(e, "KEN", "2024"), List.of(e, "UGA", "2024"), List.of(e, "002", "2024"));
        assertThat(r.rows()).extracting(AnalyticsRow::value).containsExactly(31.0, 5.0, 36.0);
        assertThat(r.names()).containsEntry("KEN", "Kenya").containsEntry("2024", "2024");
    }

    @Test
    void percentagesAggregateByNumeratorAndDenominator() {
        String num = Fixtures.element(jdbc, "AE_NUM", "", "SUM", "SUM");
        String den = Fixtures.element(jdbc, "AE_DEN", "", "SUM", "SUM");
        String ind = Fixtures.indicator(jdbc, "AE_PCT", "PERCENTAGE", "#{" + num + "}", "#{" + den + "}", 100, "SUM",
                "SUM", "HIGHER_IS_BETTER", null);
        values.write(List.of(value(num, "KEN", "2024", Map.of(), 50), value(den, "KEN", "2024", Map.of(), 100),
                value(num, "UGA", "2024", Map.of(), 1), value(den, "UGA", "2024", Map.of(), 10)), ValueSource.IMPORT);

        AnalyticsResult r = analytics.query(AnalyticsQuery.of(List.of(ind), List.of("014"), List.of("2024")));

        assertThat(r.rows()).hasSize(1);
        AnalyticsRow row = r.rows().get(0);
        assertThat(row.numerator()).isEqualTo(51.0);
        assertThat(row.denominator()).isEqualTo(110.0);
        assertThat(row.value()).isCloseTo(46.36, within(0.01));
    }
}
