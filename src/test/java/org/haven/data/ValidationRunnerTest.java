package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.data.QualityFixtures.value;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

@HavenDbTest
@WithUserDetails(value = "mel", setupBefore = TestExecutionEvent.TEST_METHOD)
class ValidationRunnerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    ValidationRunner runner;

    @Autowired
    ValidationRuleService rules;

    @Autowired
    ValidationStore store;

    private String sexSumRule(String element) {
        String code = QualityFixtures.unique("QVR");
        rules.create(new ValidationRuleForm(code, "Sex parts add up", null,
                "#{" + element + ".SEX:F} + #{" + element + ".SEX:M} + #{" + element + ".SEX:U}", "==",
                "#{" + element + "}", "WARNING", false, null));
        return code;
    }

    @Test
    void aViolatedSexSumIsListedWithItsNumbersAndASatisfiedOneIsNot() {
        String el = QualityFixtures.unique("QVR_EL");
        QualityFixtures.element(jdbc, el, "SEX");
        String rule = sexSumRule(el);
        values.write(List.of(value(el, "PLW", "2012Q3", Map.of("SEX", "F"), 10),
                value(el, "PLW", "2012Q3", Map.of("SEX", "M"), 12), value(el, "PLW", "2012Q3", Map.of("SEX", "U"), 1),
                value(el, "PLW", "2012Q3", Map.of(), 25),
                value(el, "PLW", "2012Q4", Map.of("SEX", "F"), 10), value(el, "PLW", "2012Q4", Map.of("SEX", "M"), 12),
                value(el, "PLW", "2012Q4", Map.of("SEX", "U"), 3), value(el, "PLW", "2012Q4", Map.of(), 25)),
                ValueSource.IMPORT);

        List<ValidationViolation> found = runner.violations(Set.of("PLW"), Set.of("2012Q3", "2012Q4"), Set.of(el));
        assertThat(found).hasSize(1);
        ValidationViolation v = found.get(0);
        assertThat(v.rule().code()).isEqualTo(rule);
        assertThat(v.orgUnit()).isEqualTo("PLW");
        assertThat(v.period()).isEqualTo("2012Q3");
        assertThat(v.left()).isEqualTo(23d);
        assertThat(v.right()).isEqualTo(25d);
        assertThat(v.rule().operator().symbol()).isEqualTo("==");
        assertThat(v.severity()).isEqualTo(ValidationSeverity.WARNING);
        assertThat(runner.violations(Set.of("PLW"), Set.of("2012Q4"), Set.of(el))).isEmpty();
    }

    @Test
    void violationsAreRecordedWhenValuesChangeAndClearedWhenFixed() {
        String el = QualityFixtures.unique("QVR_EV");
        QualityFixtures.element(jdbc, el, "SEX");
        String rule = sexSumRule(el);
        values.write(List.of(value(el, "PLW", "2012Q3", Map.of("SEX", "F"), 4),
                value(el, "PLW", "2012Q3", Map.of("SEX", "M"), 4), value(el, "PLW", "2012Q3", Map.of("SEX", "U"), 0),
                value(el, "PLW", "2012Q3", Map.of(), 9)), ValueSource.ENTRY);
        assertThat(store.recorded(1000)).anySatisfy(r -> {
            assertThat(r.ruleCode()).isEqualTo(rule);
            assertThat(r.left().doubleValue()).isEqualTo(8d);
            assertThat(r.right().doubleValue()).isEqualTo(9d);
        });
        values.write(List.of(value(el, "PLW", "2012Q3", Map.of("SEX", "U"), 1)), ValueSource.ENTRY);
        assertThat(store.recorded(1000)).noneMatch(r -> r.ruleCode().equals(rule));
    }

    @Test
    void aRuleWithAMissingSideIsSkippedUnlessMissingCountsAsZero() {
        String el = QualityFixtures.unique("QVR_MZ");
        QualityFixtures.element(jdbc, el, "SEX");
        sexSumRule(el);
        String zero = QualityFixtures.unique("QVR_Z");
        rules.create(new ValidationRuleForm(zero, "Female and male add up, missing is zero", null,
                "#{" + el + ".SEX:F} + #{" + el + ".SEX:M}", "==", "#{" + el + "}", "ERROR", true, null));
        values.write(List.of(value(el, "PLW", "2012Q2", Map.of("SEX", "F"), 4), value(el, "PLW", "2012Q2", Map.of(), 6)),
                ValueSource.IMPORT);
        List<ValidationViolation> found = runner.violations(Set.of("PLW"), Set.of("2012Q2"), Set.of(el));
        assertThat(found).extracting(v -> v.rule().code()).containsExactly(zero);
        assertThat(found.get(0).left()).isEqualTo(4d);
        assertThat(found.get(0).right()).isEqualTo(6d);
    }
}
