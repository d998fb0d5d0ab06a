package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.haven.analytics.Fixtures.value;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.core.InvalidInputException;
import org.haven.data.ApprovalService;
import org.haven.data.DataValueService;
import org.haven.data.DataValuesChanged;
import org.haven.data.ValueSource;
import org.haven.testsupport.HavenDbTest;
import org.haven.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Approval, partner and framework-node filters; published and demo values; targets, percent of target, status. */
@HavenDbTest
class AnalyticsFilterTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    ApprovalService approvals;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Analytics analytics;

    @Autowired
    ThresholdService thresholds;

    @AfterEach
    void signOut() {
        Fixtures.signIn(null);
    }

    private static Map<List<String>, Double> byKeys(AnalyticsResult r) {
        Map<List<String>, Double> out = new LinkedHashMap<>();
        r.rows().forEach(row -> out.put(row.keys(), row.value()));
        return out;
    }

    /** A value written by another feature straight to the table (as published data is), then announced. */
    private void published(String element, String orgUnit, String period, double v, String nature, String origin,
            boolean demo) {
        jdbc.sql("""
                insert into data_value (data_element_code, org_unit_code, period, period_type, period_start, period_end,
                    combo, partner_code, numeric_value, source, stored_by, stored_at, nature, origin, demo)
                values (:e, :o, :p, 'YEARLY', :s, :end, '', '', :v, 'IMPORT', 'test', :now, :nature, :origin, :demo)""")
                .param("e", element).param("o", orgUnit).param("p", period)
                .param("s", LocalDate.of(Integer.parseInt(period), 1, 1))
                .param("end", LocalDate.of(Integer.parseInt(period), 12, 31)).param("v", v)
                .param("now", OffsetDateTime.now()).param("nature", nature).param("origin", origin)
                .param("demo", demo).update();
        events.publishEvent(new DataValuesChanged(Set.of(element), Set.of(orgUnit), Set.of(period)));
    }

    @Test
    void approvedOnlyCountsApprovedCellsAndPublishedValues() {
        String e = Fixtures.element(jdbc, "AF_APP", "", "SUM", "SUM");
        String ds = Fixtures.dataSet(jdbc, "YEARLY", e);
        values.write(List.of(value(e, "KEN", "2024", Map.of(), 3), value(e, "UGA", "2024", Map.of(), 4)),
                ValueSource.IMPORT);
        published(e, "TZA", "2024", 5, "C", "UN SDG Global Database 2020", false);
        Fixtures.signIn("mel", Role.MEL_OFFICER);
        approvals.approve(ds, "KEN", "2024");

        AnalyticsQuery q = AnalyticsQuery.of(List.of(e), List.of("KEN", "UGA", "TZA", "014"), List.of("2024"));
        assertThat(byKeys(analytics.query(q))).containsEntry(List.of(e, "014", "2024"), 12.0);
        AnalyticsResult approved = analytics.query(q.approvedOnly(true));
        assertThat(byKeys(approved)).containsExactly(Map.entry(List.of(e, "KEN", "2024"), 3.0),
                Map.entry(List.of(e, "TZA", "2024"), 5.0), Map.entry(List.of(e, "014", "2024"), 8.0));
        AnalyticsRow tza = approved.rows().get(1);
        assertThat(tza.nature()).isEqualTo("C");
        assertThat(tza.origin()).isEqualTo("UN SDG Global Database 2020");
        assertThat(approved.rows().get(0).nature()).isNull();
    }

    @Test
    void demoFlagsEveryRowWithADemoValueBehindIt() {
        String e = Fixtures.element(jdbc, "AF_DEMO", "", "SUM", "SUM");
        values.write(List.of(value(e, "KEN", "2024", Map.of(), 3)), ValueSource.IMPORT);
        published(e, "UGA", "2024", 4, null, null, true);

        AnalyticsResult r = analytics.query(AnalyticsQuery.of(List.of(e), List.of("KEN", "UGA", "014"), List.of("2024")));

        assertThat(r.rows()).extracting(AnalyticsRow::demo).containsExactly(false, true, true);
    }

    @Test
    void partnerFilterKeepsTheNamedPartnersOrValuesWithoutPartner() {
        String e = Fixtures.element(jdbc, "AF_PART", "", "SUM", "SUM");
        values.write(List.of(value(e, "KEN", "2024", Map.of(), "DEMO-NGO", 3), value(e, "KEN", "2024", Map.of(), "OTHER-NGO", 4),
                value(e, "KEN", "2024", Map.of(), null, 10)), ValueSource.IMPORT);
        AnalyticsQuery q = AnalyticsQuery.of(List.of(e), List.of("KEN"), List.of("2024"));

        assertThat(analytics.query(q).rows().get(0).value()).isEqualTo(17.0);
        assertThat(analytics.query(q.partners(Set.of("DEMO-NGO"))).rows().get(0).value()).isEqualTo(3.0);
        assertThat(analytics.query(q.partners(Set.of("", "OTHER-NGO"))).rows().get(0).value()).isEqualTo(14.0);
        assertThat(analytics.query(q.partners(Set.of("NOBODY"))).rows()).isEmpty();
    }

    @Test
    void nodeFilterSelectsIndicatorsLinkedToTheNodeOrBelowIt() {
        String e = Fixtures.element(jdbc, "AF_NODE", "", "SUM", "SUM");
        String linked = Fixtures.indicator(jdbc, "AF_LINKED", "COUNT", "#{" + e + "}", null, 1, "SUM", "SUM",
                "HIGHER_IS_BETTER", null);
        String other = Fixtures.indicator(jdbc, "AF_OTHER", "COUNT", "#{" + e + "}", null, 1, "SUM", "SUM",
                "HIGHER_IS_BETTER", null);
        List<String> childAndParent = jdbc.sql("""
                select code, parent_code from framework_node where parent_code is not null and not retired order by code""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list().get(0);
        String parent = childAndParent.get(1);
        Fixtures.link(jdbc, linked, childAndParent.get(0));
        values.write(List.of(value(e, "KEN", "2024", Map.of(), 3)), ValueSource.IMPORT);

        AnalyticsResult r = analytics.query(AnalyticsQuery.of(List.of(), List.of("KEN"), List.of("2024"))
                .nodes(Set.of(parent)));
        assertThat(r.rows()).extracting(row -> row.keys().get(0)).contains(linked).doesNotContain(other);
        assertThat(analytics.query(AnalyticsQuery.of(List.of(linked, other), List.of("KEN"), List.of("2024"))
                .nodes(Set.of(childAndParent.get(0)))).rows()).extracting(row -> row.keys().get(0)).containsExactly(linked);
        assertThatThrownBy(() -> analytics.query(AnalyticsQuery.of(List.of(), List.of("KEN"), List.of("2024"))
                .nodes(Set.of("NO-SUCH-NODE")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("filter");
    }

    @Test
    void targetsGivePercentOfTargetAndStatusWithTheIndicatorsThresholds() {
        String e = Fixtures.element(jdbc, "AF_TGT", "SEX", "SUM", "SUM");
        String ind = Fixtures.indicator(jdbc, "AF_TGTI", "COUNT", "#{" + e + "}", null, 1, "SUM", "SUM",
                "HIGHER_IS_BETTER", null);
        String lower = Fixtures.indicator(jdbc, "AF_LOWER", "COUNT", "#{" + e + "}", null, 1, "SUM", "SUM",
                "LOWER_IS_BETTER", null);
        values.write(List.of(value(e, "KEN", "2024", Map.of("SEX", "F"), 30), value(e, "KEN", "2024", Map.of("SEX", "M"), 50)),
                ValueSource.IMPORT);
        Fixtures.target(jdbc, ind, "KEN", "BASELINE", 2020, "", 50);
        Fixtures.target(jdbc, ind, "KEN", "TARGET", 2024, "", 100);
        Fixtures.target(jdbc, ind, "KEN", "TARGET", 2024, "SEX:F", 30);
        Fixtures.target(jdbc, lower, "KEN", "TARGET", 2024, "", 75);

        AnalyticsRow total = analytics.query(AnalyticsQuery.of(List.of(ind), List.of("KEN"), List.of("2024"))).rows().get(0);
        assertThat(total.value()).isEqualTo(80.0);
        assertThat(total.baseline()).isEqualTo(50.0);
        assertThat(total.target()).isEqualTo(100.0);
        assertThat(total.percentOfTarget()).isEqualTo(60.0); // (80 - 50) / (100 - 50)
        assertThat(total.status()).isEqualTo(ProgressStatus.AT_RISK);
        List<AnalyticsRow> bySex = analytics.query(AnalyticsQuery.of(List.of(ind), List.of("KEN"), List.of("2024"))
                .by(List.of("SEX"))).rows();
        assertThat(bySex.get(0).target()).isEqualTo(30.0);
        assertThat(bySex.get(0).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(bySex.get(1).target()).isNull();
        assertThat(bySex.get(1).status()).isEqualTo(ProgressStatus.NO_TARGET);
        AnalyticsRow low = analytics.query(AnalyticsQuery.of(List.of(lower), List.of("KEN"), List.of("2024"))).rows().get(0);
        assertThat(low.percentOfTarget()).isCloseTo(93.33, within(0.01)); // 80 vs 75, lower is better
        assertThat(low.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(analytics.query(AnalyticsQuery.of(List.of(ind), List.of("KEN"), List.of("2023"))).rows()).isEmpty();

        Fixtures.signIn("mel", Role.MEL_OFFICER);
        thresholds.save(ind, "55", "30", -1);
        assertThat(analytics.thresholds(ind)).isEqualTo(new StatusThresholds(55, 30));
        assertThat(analytics.query(AnalyticsQuery.of(List.of(ind), List.of("KEN"), List.of("2024"))).rows().get(0)
                .status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(analytics.thresholds(lower)).isEqualTo(StatusThresholds.DEFAULT);
    }

    @Test
    void unknownCodesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> analytics.query(AnalyticsQuery.of(List.of("NO_SUCH_DX"), List.of("KEN"), List.of("2024"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dx");
        assertThatThrownBy(() -> analytics.query(AnalyticsQuery.of(List.of("STR-01"), List.of("NOWHERE"), List.of("2024"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ou");
        assertThatThrownBy(() -> analytics.query(AnalyticsQuery.of(List.of("STR-01"), List.of("KEN"), List.of("2024W1"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pe");
        assertThatThrownBy(() -> analytics.query(AnalyticsQuery.of(List.of("STR-01"), List.of("KEN"), List.of("2024"))
                .by(List.of("NO_CATEGORY")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("by");
    }
}
