package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.haven.analytics.Fixtures.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.data.DataValueService;
import org.haven.data.ValueSource;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Aggregation across the hierarchy, period types, disaggregations and the time and org-unit aggregation rules. */
@HavenDbTest
class AnalyticsEngineTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    Analytics analytics;

    private AnalyticsResult query(String dx, List<String> ou, List<String> pe) {
        return analytics.query(AnalyticsQuery.of(List.of(dx), ou, pe));
    }

    private static Map<List<String>, Double> byKeys(AnalyticsResult r) {
        Map<List<String>, Double> out = new LinkedHashMap<>();
        r.rows().forEach(row -> out.put(row.keys(), row.value()));
        return out;
    }

    @Test
    void sumsRollUpThroughTheHierarchyAndMonthsIntoYears() {
        String e = Fixtures.element(jdbc, "AE_SUM", "SEX", "SUM", "SUM");
        values.write(List.of(value(e, "KEN", "2024-01", Map.of("SEX", "F"), 10),
                value(e, "KEN", "2024-01", Map.of("SEX", "M"), 20),
                value(e, "KEN", "2024-02", Map.of("SEX", "F"), 1),
                value(e, "UGA", "2024Q1", Map.of("SEX", "F"), 5)), ValueSource.IMPORT);

        AnalyticsResult r = query(e, List.of("KEN", "UGA", "002"), List.of("2024"));

        assertThat(r.columns()).containsExactly("dx", "ou", "pe");
        assertThat(r.rows()).extracting(AnalyticsRow::keys).containsExactly(
                List.of(e, "KEN", "2024"), List.of(e, "UGA", "2024"), List.of(e, "002", "2024"));
        assertThat(r.rows()).extracting(AnalyticsRow::value).containsExactly(31.0, 5.0, 36.0);
        assertThat(r.names()).containsEntry("KEN", "Kenya").containsEntry("2024", "2024");
    }

    @Test
    void percentagesAggregateByNumeratorAndDenominatorAcrossOrgUnitsAndPeriods() {
        String num = Fixtures.element(jdbc, "AE_NUM", "", "SUM", "SUM");
        String den = Fixtures.element(jdbc, "AE_DEN", "", "SUM", "SUM");
        String ind = Fixtures.indicator(jdbc, "AE_PCT", "PERCENTAGE", "#{" + num + "}", "#{" + den + "}", 100, "SUM",
                "SUM", "HIGHER_IS_BETTER", null);
        values.write(List.of(value(num, "KEN", "2024Q1", Map.of(), 45), value(den, "KEN", "2024Q1", Map.of(), 50),
                value(num, "KEN", "2024Q2", Map.of(), 5), value(den, "KEN", "2024Q2", Map.of(), 50),
                value(num, "UGA", "2024", Map.of(), 1), value(den, "UGA", "2024", Map.of(), 10)), ValueSource.IMPORT);

        Map<List<String>, Double> r = byKeys(query(ind, List.of("KEN", "014"), List.of("2024Q1", "2024")));

        assertThat(r.get(List.of(ind, "KEN", "2024Q1"))).isEqualTo(90.0);
        assertThat(r.get(List.of(ind, "KEN", "2024"))).isEqualTo(50.0);
        // 51 / 110, not the mean of 50% and 10%
        assertThat(r.get(List.of(ind, "014", "2024"))).isCloseTo(46.36, within(0.01));
        AnalyticsRow east = query(ind, List.of("014"), List.of("2024")).rows().get(0);
        assertThat(east.numerator()).isEqualTo(51.0);
        assertThat(east.denominator()).isEqualTo(110.0);
    }

    @Test
    void monthsRollUpIntoQuartersYearsAndJulyFinancialYears() {
        String e = Fixtures.element(jdbc, "AE_MON", "", "SUM", "SUM");
        values.write(List.of(value(e, "KEN", "2024-05", Map.of(), 1), value(e, "KEN", "2024-06", Map.of(), 2),
                value(e, "KEN", "2024-07", Map.of(), 4), value(e, "KEN", "202408", Map.of(), 8)), ValueSource.IMPORT);

        Map<List<String>, Double> r = byKeys(query(e, List.of("KEN"),
                List.of("2024Q2", "2024Q3", "2024", "2023July", "2024July", "2024-07")));

        assertThat(r).containsEntry(List.of(e, "KEN", "2024Q2"), 3.0).containsEntry(List.of(e, "KEN", "2024Q3"), 12.0)
                .containsEntry(List.of(e, "KEN", "2024"), 15.0).containsEntry(List.of(e, "KEN", "2023July"), 3.0)
                .containsEntry(List.of(e, "KEN", "2024July"), 12.0).containsEntry(List.of(e, "KEN", "2024-07"), 4.0);
    }

    @Test
    void levelTypeAndChildrenSelectorsPickTheUnitsAndRollUpBelowThem() {
        String e = Fixtures.element(jdbc, "AE_SEL", "", "SUM", "SUM");
        values.write(List.of(value(e, "KEN", "2024", Map.of(), 3), value(e, "UGA", "2024", Map.of(), 4),
                value(e, "NGA", "2024", Map.of(), 100)), ValueSource.IMPORT);

        assertThat(byKeys(query(e, List.of("TYPE-COUNTRY@014"), List.of("2024"))))
                .containsExactly(Map.entry(List.of(e, "KEN", "2024"), 3.0), Map.entry(List.of(e, "UGA", "2024"), 4.0));
        // Eastern Africa (014) and Western Africa (011) are the level-4 units below Sub-Saharan Africa (202)
        assertThat(byKeys(query(e, List.of("LEVEL-4@202"), List.of("2024"))))
                .containsEntry(List.of(e, "014", "2024"), 7.0).containsEntry(List.of(e, "011", "2024"), 100.0)
                .hasSize(2);
        assertThat(byKeys(query(e, List.of("CHILDREN@002"), List.of("2024"))))
                .containsExactly(Map.entry(List.of(e, "202", "2024"), 107.0));
        assertThat(byKeys(query(e, List.of("LEVEL-1"), List.of("2024"))))
                .containsExactly(Map.entry(List.of(e, "001", "2024"), 107.0));
    }

    @Test
    void splitsBySexAndAgeAndResolvesStoredTotalsLikeIndicatorValues() {
        String e = Fixtures.element(jdbc, "AE_SPLIT", "SEX,AGE_CHILD", "SUM", "SUM");
        values.write(List.of(value(e, "UGA", "2024", Map.of("SEX", "F", "AGE_CHILD", "Y0T4"), 1),
                value(e, "UGA", "2024", Map.of("SEX", "F", "AGE_CHILD", "Y5T9"), 2),
                value(e, "UGA", "2024", Map.of("SEX", "M", "AGE_CHILD", "Y0T4"), 4),
                value(e, "KEN", "2024", Map.of(), 50),
                value(e, "TZA", "2024", Map.of(), 30),
                value(e, "TZA", "2024", Map.of("SEX", "F", "AGE_CHILD", "Y0T4"), 10)), ValueSource.IMPORT);

        // totals: UGA's breakdown adds up, KEN and TZA stored a total (TZA's total wins over its breakdown)
        assertThat(byKeys(query(e, List.of("014"), List.of("2024")))).containsEntry(List.of(e, "014", "2024"), 87.0);
        AnalyticsResult bySex = analytics.query(AnalyticsQuery.of(List.of(e), List.of("014"), List.of("2024"))
                .by(List.of("SEX")));
        assertThat(bySex.columns()).containsExactly("dx", "ou", "pe", "SEX");
        assertThat(byKeys(bySex)).containsExactly(Map.entry(List.of(e, "014", "2024", "F"), 13.0),
                Map.entry(List.of(e, "014", "2024", "M"), 4.0));
        assertThat(bySex.names()).containsEntry("F", "Female").containsEntry("SEX", "Sex");
        AnalyticsResult both = analytics.query(AnalyticsQuery.of(List.of(e), List.of("UGA"), List.of("2024"))
                .by(List.of("AGE_CHILD", "SEX")).columns(List.of("SEX", "AGE_CHILD", "ou", "pe", "dx")));
        assertThat(byKeys(both)).containsExactly(Map.entry(List.of("F", "Y0T4", "UGA", "2024", e), 1.0),
                Map.entry(List.of("F", "Y5T9", "UGA", "2024", e), 2.0),
                Map.entry(List.of("M", "Y0T4", "UGA", "2024", e), 4.0));
    }

    @Test
    void aRateSplitBySexUsesTheDenominatorTotalWhenItHasNoSex() {
        String num = Fixtures.element(jdbc, "AE_RNUM", "SEX", "SUM", "SUM");
        String den = Fixtures.element(jdbc, "AE_RDEN", "", "SUM", "LAST");
        String ind = Fixtures.indicator(jdbc, "AE_RATE", "RATE", "#{" + num + "}", "#{" + den + "}", 1000, "SUM",
                "SUM", "LOWER_IS_BETTER", null);
        values.write(List.of(value(num, "KEN", "2024", Map.of("SEX", "F"), 2), value(num, "KEN", "2024", Map.of("SEX", "M"), 6),
                value(den, "KEN", "2024", Map.of(), 4000)), ValueSource.IMPORT);

        AnalyticsResult r = analytics.query(AnalyticsQuery.of(List.of(ind), List.of("KEN"), List.of("2024"))
                .by(List.of("SEX")));

        assertThat(byKeys(r)).containsExactly(Map.entry(List.of(ind, "KEN", "2024", "F"), 0.5),
                Map.entry(List.of(ind, "KEN", "2024", "M"), 1.5));
        assertThat(analytics.query(AnalyticsQuery.of(List.of(ind), List.of("KEN"), List.of("2024"))
                .by(List.of("AGE_CHILD"))).rows()).as("no numerator element has AGE_CHILD").isEmpty();
    }

    @Test
    void timeAggregationLastAndAverageAreTakenPerOrgUnitBeforeSummingUnits() {
        String last = Fixtures.element(jdbc, "AE_LAST", "", "SUM", "LAST");
        String avg = Fixtures.element(jdbc, "AE_AVG", "", "SUM", "AVERAGE");
        values.write(List.of(value(last, "KEN", "2024-01", Map.of(), 5), value(last, "KEN", "2024-03", Map.of(), 7),
                value(last, "UGA", "2024-02", Map.of(), 10),
                value(avg, "KEN", "2024-01", Map.of(), 5), value(avg, "KEN", "2024-03", Map.of(), 7),
                value(avg, "UGA", "2024-02", Map.of(), 10)), ValueSource.IMPORT);

        assertThat(byKeys(query(last, List.of("KEN", "014"), List.of("2024"))))
                .containsEntry(List.of(last, "KEN", "2024"), 7.0).containsEntry(List.of(last, "014", "2024"), 17.0);
        assertThat(byKeys(query(avg, List.of("KEN", "014"), List.of("2024"))))
                .containsEntry(List.of(avg, "KEN", "2024"), 6.0).containsEntry(List.of(avg, "014", "2024"), 16.0);
    }

    @Test
    void noAggregationAcrossOrgUnitsUsesOnlyValuesStoredAtTheUnit() {
        String e = Fixtures.element(jdbc, "AE_NONE", "", "NONE", "SUM");
        String avg = Fixtures.element(jdbc, "AE_OAVG", "", "AVERAGE", "SUM");
        values.write(List.of(value(e, "KEN", "2024", Map.of(), 40), value(e, "UGA", "2024", Map.of(), 60),
                value(e, "014", "2024", Map.of(), 47.5),
                value(avg, "KEN", "2024", Map.of(), 40), value(avg, "UGA", "2024", Map.of(), 60)), ValueSource.IMPORT);

        assertThat(byKeys(query(e, List.of("KEN", "014", "202"), List.of("2024"))))
                .containsExactly(Map.entry(List.of(e, "KEN", "2024"), 40.0), Map.entry(List.of(e, "014", "2024"), 47.5));
        assertThat(byKeys(query(avg, List.of("014"), List.of("2024"))))
                .containsExactly(Map.entry(List.of(avg, "014", "2024"), 50.0));
    }

    @Test
    void cumulativeAddsFromTheStrategyStartAndLatestTakesEachUnitsMostRecentValue() {
        String e = Fixtures.element(jdbc, "AE_CUM", "", "SUM", "SUM");
        values.write(List.of(value(e, "KEN", "2022Q4", Map.of(), 100), value(e, "KEN", "2023Q1", Map.of(), 1),
                value(e, "KEN", "2023Q3", Map.of(), 2), value(e, "KEN", "2024Q2", Map.of(), 4),
                value(e, "UGA", "2023Q1", Map.of(), 10)), ValueSource.IMPORT);

        AnalyticsResult cumulative = analytics.query(AnalyticsQuery.of(List.of(e), List.of("KEN", "014"),
                List.of("2023Q3", "2024")).view(ValueView.CUMULATIVE));
        assertThat(byKeys(cumulative)).containsEntry(List.of(e, "KEN", "2023Q3"), 3.0)
                .containsEntry(List.of(e, "KEN", "2024"), 7.0).containsEntry(List.of(e, "014", "2024"), 17.0);
        AnalyticsResult latest = analytics.query(AnalyticsQuery.of(List.of(e), List.of("KEN", "014"),
                List.of("2023", "2024")).view(ValueView.LATEST));
        assertThat(byKeys(latest)).containsEntry(List.of(e, "KEN", "2023"), 2.0)
                .containsEntry(List.of(e, "KEN", "2024"), 4.0).containsEntry(List.of(e, "014", "2024"), 14.0);
    }

    @Test
    void milestoneCountsTellHowManyUnitsAreAtEachStage() {
        String e = Fixtures.element(jdbc, "AE_MS", "", "NONE", "LAST", "MILESTONE", "Drafted|Adopted|Enforced");
        String ind = Fixtures.indicator(jdbc, "AE_MSI", "MILESTONE", "#{" + e + "}", null, 1, "NONE", "LAST",
                "HIGHER_IS_BETTER", "Drafted|Adopted|Enforced");
        values.write(List.of(value(e, "KEN", "2024", Map.of(), 2), value(e, "UGA", "2024", Map.of(), 1),
                value(e, "TZA", "2023", Map.of(), 0), value(e, "TZA", "2024", Map.of(), 2)), ValueSource.IMPORT);

        List<StageCount> counts = analytics.milestoneCounts(ind, List.of("TYPE-COUNTRY@014"), "2024", false);

        assertThat(counts).containsExactly(new StageCount(0, "Drafted", 0), new StageCount(1, "Adopted", 1),
                new StageCount(2, "Enforced", 2));
        assertThat(analytics.milestoneCounts(ind, List.of("TYPE-COUNTRY@014"), "2023", false))
                .containsExactly(new StageCount(0, "Drafted", 1), new StageCount(1, "Adopted", 0),
                        new StageCount(2, "Enforced", 0));
    }
}
