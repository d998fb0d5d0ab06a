package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haven.analytics.Fixtures.value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.haven.data.ApprovalService;
import org.haven.data.DataValueService;
import org.haven.data.ValueSource;
import org.haven.testsupport.HavenDbTest;
import org.haven.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public view reads approved values only and always goes through the suppression bean (here a test one that
 * hides counts below 5 and records what it was asked); without such a bean the query fails.
 */
@HavenDbTest
@Import(PublicViewTest.Recording.class)
class PublicViewTest {

    @TestConfiguration
    static class Recording {

        static final Set<String> COUNTS = new HashSet<>();

        @Bean
        @Primary
        SmallCellSuppression recordingSuppression() {
            return (AnalyticsResult result, Predicate<String> isCount) -> {
                List<AnalyticsRow> rows = new ArrayList<>();
                for (AnalyticsRow r : result.rows()) {
                    String dx = r.keys().get(result.columns().indexOf("dx"));
                    if (isCount.test(dx)) {
                        COUNTS.add(dx);
                    }
                    rows.add(r.value() != null && r.value() < 5
                            ? new AnalyticsRow(r.keys(), null, null, null, r.baseline(), r.target(), null,
                                    ProgressStatus.NO_TARGET, r.nature(), r.origin(), r.demo(), true)
                            : r);
                }
                return new AnalyticsResult(result.columns(), rows, result.names());
            };
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    ApprovalService approvals;

    @Autowired
    Analytics analytics;

    @Test
    void publicQueriesUseApprovedValuesOnlyAndAreSuppressed() {
        String e = Fixtures.element(jdbc, "PV_E", "", "SUM", "SUM", "INTEGER", null);
        String ds = Fixtures.dataSet(jdbc, "YEARLY", e);
        values.write(List.of(value(e, "KEN", "2024", Map.of(), 3), value(e, "UGA", "2024", Map.of(), 40),
                value(e, "TZA", "2024", Map.of(), 60)), ValueSource.IMPORT);
        Fixtures.signIn("mel", Role.MEL_OFFICER);
        try {
            approvals.approve(ds, "KEN", "2024");
            approvals.approve(ds, "UGA", "2024");
        } finally {
            Fixtures.signIn(null);
        }

        AnalyticsResult r = analytics.query(AnalyticsQuery.of(List.of(e), List.of("KEN", "UGA", "TZA", "014"),
                List.of("2024")).publicView(true));

        assertThat(r.rows()).extracting(row -> row.keys().get(1)).containsExactly("KEN", "UGA", "014");
        assertThat(r.rows().get(0).suppressed()).isTrue();
        assertThat(r.rows().get(0).value()).isNull();
        assertThat(r.rows().get(1).value()).isEqualTo(40.0);
        assertThat(r.rows().get(2).value()).isEqualTo(43.0);
        assertThat(Recording.COUNTS).contains(e);
    }

    @Test
    void withoutASuppressionBeanPublicQueriesFail() {
        ColumnarAnalytics engine = new ColumnarAnalytics(null, null, null,
                new StaticListableBeanFactory().getBeanProvider(SmallCellSuppression.class));
        assertThatThrownBy(() -> engine.query(AnalyticsQuery.of(List.of("STR-01"), List.of("KEN"), List.of("2024"))
                .publicView(true))).isInstanceOf(IllegalStateException.class);
    }
}
