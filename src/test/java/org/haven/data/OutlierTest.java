package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.data.QualityFixtures.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

@HavenDbTest
@WithUserDetails(value = "mel", setupBefore = TestExecutionEvent.TEST_METHOD)
class OutlierTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    OutlierService outliers;

    private String history(double... series) {
        String el = QualityFixtures.unique("QOUT");
        QualityFixtures.element(jdbc, el, "SEX");
        List<DataValueInput> items = new ArrayList<>();
        Period p = Period.parse("2014-01");
        for (double v : series) {
            items.add(value(el, "KIR", p.iso(), Map.of("SEX", "F"), v));
            p = p.next();
        }
        values.write(items, ValueSource.IMPORT);
        return el;
    }

    @Test
    void aValueFarFromItsHistoryIsFlaggedForFollowUp() {
        String el = history(10, 11, 9, 10, 12, 90);
        DataValueQuery june = new DataValueQuery(List.of(el), List.of("KIR"), List.of("2014-06"), false);

        List<Outlier> flagged = outliers.flag(june, OutlierMethod.Z_SCORE, 3);
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).reason()).contains("z-score");
        assertThat(flagged.get(0).history()).isEqualTo(5);
        StoredValue stored = values.find(june).get(0);
        assertThat(stored.value().doubleValue()).isEqualTo(90d);
        assertThat(stored.followUp()).isTrue();

        assertThat(outliers.find(june, OutlierMethod.MIN_MAX, 3)).singleElement()
                .satisfies(o -> assertThat(o.reason()).contains("outside"));
        DataValueQuery may = new DataValueQuery(List.of(el), List.of("KIR"), List.of("2014-05"), false);
        assertThat(outliers.find(may, OutlierMethod.Z_SCORE, 3)).isEmpty();
        assertThat(values.find(may).get(0).followUp()).isFalse();
    }

    @Test
    void zScoreNeedsFourPriorValues() {
        String el = history(10, 11, 9, 90);
        DataValueQuery april = new DataValueQuery(List.of(el), List.of("KIR"), List.of("2014-04"), false);
        assertThat(outliers.flag(april, OutlierMethod.Z_SCORE, 3)).isEmpty();
        assertThat(values.find(april).get(0).followUp()).isFalse();
    }
}
