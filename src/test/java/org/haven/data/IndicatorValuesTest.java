package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.haven.data.QualityFixtures.value;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HavenDbTest
class IndicatorValuesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    IndicatorValues indicators;

    @Test
    void percentagesAggregateByNumeratorAndDenominatorNeverByAveraging() {
        String num = QualityFixtures.unique("QIV_NUM");
        String den = QualityFixtures.unique("QIV_DEN");
        String ind = QualityFixtures.unique("QIV_PCT");
        QualityFixtures.element(jdbc, num, "");
        QualityFixtures.element(jdbc, den, "");
        QualityFixtures.percentage(jdbc, ind, "#{" + num + "}", "#{" + den + "}");
        values.write(List.of(value(num, "TUV", "2013", Map.of(), 50), value(den, "TUV", "2013", Map.of(), 100),
                value(num, "NRU", "2013", Map.of(), 1), value(den, "NRU", "2013", Map.of(), 10)), ValueSource.IMPORT);

        IndicatorValues.Result both = indicators.compute(ind, Set.of("TUV", "NRU"), "2013");
        assertThat(both.numerator().getAsDouble()).isEqualTo(51d);
        assertThat(both.denominator().getAsDouble()).isEqualTo(110d);
        assertThat(both.value().getAsDouble()).isCloseTo(46.36, within(0.005)).isNotCloseTo(30, within(1d));
        assertThat(indicators.compute(ind, Set.of("TUV"), "2013").value().getAsDouble()).isEqualTo(50d);
        assertThat(indicators.compute(ind, Set.of("NRU"), "2013").value().getAsDouble()).isEqualTo(10d);
    }

    @Test
    void subPeriodsAreSummedWhenTheIndicatorAggregatesOverTimeBySum() {
        String num = QualityFixtures.unique("QIV_QNUM");
        String den = QualityFixtures.unique("QIV_QDEN");
        String ind = QualityFixtures.unique("QIV_QPCT");
        QualityFixtures.element(jdbc, num, "");
        QualityFixtures.element(jdbc, den, "");
        QualityFixtures.percentage(jdbc, ind, "#{" + num + "}", "#{" + den + "}");
        values.write(List.of(value(num, "TUV", "2013Q1", Map.of(), 9), value(den, "TUV", "2013Q1", Map.of(), 10),
                value(num, "TUV", "2013Q2", Map.of(), 1), value(den, "TUV", "2013Q2", Map.of(), 30)), ValueSource.IMPORT);

        IndicatorValues.Result year = indicators.compute(ind, Set.of("TUV"), "2013");
        assertThat(year.numerator().getAsDouble()).isEqualTo(10d);
        assertThat(year.denominator().getAsDouble()).isEqualTo(40d);
        assertThat(year.value().getAsDouble()).isEqualTo(25d);
    }

    @Test
    void aZeroOrMissingDenominatorGivesNoValue() {
        String num = QualityFixtures.unique("QIV_ZNUM");
        String den = QualityFixtures.unique("QIV_ZDEN");
        String ind = QualityFixtures.unique("QIV_ZPCT");
        QualityFixtures.element(jdbc, num, "");
        QualityFixtures.element(jdbc, den, "");
        QualityFixtures.percentage(jdbc, ind, "#{" + num + "}", "#{" + den + "}");
        values.write(List.of(value(num, "TUV", "2013", Map.of(), 5), value(den, "TUV", "2013", Map.of(), 0),
                value(num, "NRU", "2013", Map.of(), 5)), ValueSource.IMPORT);

        IndicatorValues.Result zero = indicators.compute(ind, Set.of("TUV"), "2013");
        assertThat(zero.numerator().getAsDouble()).isEqualTo(5d);
        assertThat(zero.denominator().getAsDouble()).isZero();
        assertThat(zero.value()).isEmpty();
        assertThat(indicators.compute(ind, Set.of("NRU"), "2013").value()).isEmpty();
    }
}
