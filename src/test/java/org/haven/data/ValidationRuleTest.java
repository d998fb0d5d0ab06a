package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ValidationRuleTest {

    private static ValidationRule rule(String left, String op, String right, boolean missingAsZero) {
        return new ValidationRule(0, "R", "Rule", null, left, ValidationOperator.ofSymbol(op), right,
                ValidationSeverity.ERROR, missingAsZero, 0);
    }

    @Test
    void everyOperatorComparesLeftAndRight() {
        Map<String, Double> v = Map.of("#{A}", 5d, "#{B}", 7d);
        assertThat(rule("#{A}", "==", "#{B}", false).evaluate(v).orElseThrow().violated()).isTrue();
        assertThat(rule("#{A}", "!=", "#{B}", false).evaluate(v).orElseThrow().violated()).isFalse();
        assertThat(rule("#{A}", "<", "#{B}", false).evaluate(v).orElseThrow().violated()).isFalse();
        assertThat(rule("#{A}", "<=", "#{B}", false).evaluate(v).orElseThrow().violated()).isFalse();
        assertThat(rule("#{A}", ">", "#{B}", false).evaluate(v).orElseThrow().violated()).isTrue();
        assertThat(rule("#{A}", ">=", "#{B}", false).evaluate(v).orElseThrow().violated()).isTrue();
        assertThat(rule("#{A} + 2", "==", "#{B}", false).evaluate(v).orElseThrow().violated()).isFalse();
        assertThat(rule("#{A}", "<=", "#{A}", false).evaluate(v).orElseThrow().violated()).isFalse();
        assertThat(rule("#{A}", "<", "#{A}", false).evaluate(v).orElseThrow().violated()).isTrue();
    }

    @Test
    void sexPartsAddUpToTotal() {
        ValidationRule r = rule("#{X.SEX:F} + #{X.SEX:M} + #{X.SEX:U}", "==", "#{X}", false);
        ValidationRule.Outcome bad = r.evaluate(Map.of("#{X.SEX:F}", 10d, "#{X.SEX:M}", 12d, "#{X.SEX:U}", 1d,
                "#{X}", 25d)).orElseThrow();
        assertThat(bad.violated()).isTrue();
        assertThat(bad.left()).isEqualTo(23d);
        assertThat(bad.right()).isEqualTo(25d);
        assertThat(r.evaluate(Map.of("#{X.SEX:F}", 0.1, "#{X.SEX:M}", 0.2, "#{X.SEX:U}", 0d, "#{X}", 0.3))
                .orElseThrow().violated()).isFalse();
        assertThat(r.elements()).containsExactly("X");
    }

    @Test
    void aRuleWithAMissingSideIsSkipped() {
        ValidationRule r = rule("#{X.SEX:F} + #{X.SEX:M}", "==", "#{X}", false);
        assertThat(r.evaluate(Map.of("#{X.SEX:F}", 3d, "#{X}", 3d))).isEmpty();
        assertThat(r.evaluate(Map.of("#{X.SEX:F}", 3d, "#{X.SEX:M}", 4d))).isEmpty();
        assertThat(rule("#{A}", ">=", "0", false).evaluate(Map.of())).isEmpty();
    }

    @Test
    void missingCountsAsZeroWhenTheRuleSaysSo() {
        ValidationRule r = rule("#{X.SEX:F} + #{X.SEX:M}", "==", "#{X}", true);
        assertThat(r.evaluate(Map.of("#{X.SEX:F}", 3d, "#{X}", 3d)).orElseThrow().violated()).isFalse();
        ValidationRule.Outcome o = r.evaluate(Map.of("#{X.SEX:F}", 3d)).orElseThrow();
        assertThat(o.violated()).isTrue();
        assertThat(o.left()).isEqualTo(3d);
        assertThat(o.right()).isZero();
        assertThat(rule("#{N}", "<=", "#{D}", true).evaluate(Map.of("#{N}", 4d)).orElseThrow().violated()).isTrue();
    }
}
