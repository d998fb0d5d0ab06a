package org.haven.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class FormulaParserTest {

    private static double eval(String text, Map<String, Double> values) {
        OptionalDouble v = FormulaParser.parse(text).evaluate(values);
        assertThat(v).as(text).isPresent();
        return v.getAsDouble();
    }

    @Test
    void multiplicationAndDivisionBindTighterThanAdditionAndSubtraction() {
        assertThat(eval("1 + 2 * 3", Map.of())).isEqualTo(7);
        assertThat(eval("10 - 4 / 2", Map.of())).isEqualTo(8);
        assertThat(eval("10 - 4 - 3", Map.of())).isEqualTo(3);
        assertThat(eval("100 / 10 / 5", Map.of())).isEqualTo(2);
        assertThat(eval("-2 * 3 + 1.5", Map.of())).isEqualTo(-4.5);
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertThat(eval("(1 + 2) * 3", Map.of())).isEqualTo(9);
        assertThat(eval("((2))*(3+(4-1))", Map.of())).isEqualTo(12);
    }

    @Test
    void elementAndIndicatorReferencesAreLookedUpByTheirKey() {
        Formula f = FormulaParser.parse("#{JJ_ARRESTED} / #{CHILD_POPULATION} * 100000 + I{JJ-2}");
        assertThat(f.elementRefs()).extracting(Formula.ElementRef::element).containsExactly("JJ_ARRESTED", "CHILD_POPULATION");
        assertThat(f.indicatorRefs()).extracting(Formula.IndicatorRef::code).containsExactly("JJ-2");
        assertThat(f.evaluate(Map.of("#{JJ_ARRESTED}", 50.0, "#{CHILD_POPULATION}", 200000.0, "I{JJ-2}", 1.0)))
                .hasValue(26.0);
    }

    @Test
    void indicatorCodesMayContainDots() {
        Formula f = FormulaParser.parse("I{SDG-16.2.1} * 2");
        assertThat(f.indicatorRefs()).extracting(Formula.IndicatorRef::code).containsExactly("SDG-16.2.1");
    }

    @Test
    void disaggregatedReferencesNameCategoryAndOption() {
        Formula f = FormulaParser.parse("#{JJ_ARRESTED.SEX:F} / #{JJ_ARRESTED}");
        Formula.ElementRef ref = f.elementRefs().get(0);
        assertThat(ref.element()).isEqualTo("JJ_ARRESTED");
        assertThat(ref.category()).isEqualTo("SEX");
        assertThat(ref.option()).isEqualTo("F");
        assertThat(ref.key()).isEqualTo("#{JJ_ARRESTED.SEX:F}");
        assertThat(f.evaluate(Map.of("#{JJ_ARRESTED.SEX:F}", 3.0, "#{JJ_ARRESTED}", 12.0))).hasValue(0.25);
    }

    @Test
    void syntaxErrorsNameTheirPosition() {
        assertThatThrownBy(() -> FormulaParser.parse("#{A} + * 2"))
                .isInstanceOf(FormulaException.class).hasMessageStartingWith("at position 8:")
                .extracting(e -> ((FormulaException) e).position()).isEqualTo(8);
        assertThatThrownBy(() -> FormulaParser.parse("(#{A} + 2"))
                .hasMessage("at position 1: this parenthesis is never closed");
        assertThatThrownBy(() -> FormulaParser.parse("#{A.SEX} + 1"))
                .hasMessage("at position 8: expected ':' and an option code after category SEX");
        assertThatThrownBy(() -> FormulaParser.parse("#{A} 2")).hasMessageStartingWith("at position 6:");
        assertThatThrownBy(() -> FormulaParser.parse("#{A")).hasMessage("at position 4: the reference is never closed with '}'");
        assertThatThrownBy(() -> FormulaParser.parse("2 )")).hasMessageContaining("no matching opening parenthesis");
        assertThatThrownBy(() -> FormulaParser.parse("  ")).hasMessage("at position 1: the formula is empty");
        assertThatThrownBy(() -> FormulaParser.parse("1 +")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> FormulaParser.parse("1.2.3")).hasMessage("at position 1: '1.2.3' is not a number");
    }

    @Test
    void divisionByZeroGivesNoValue() {
        assertThat(FormulaParser.parse("#{A} / #{B}").evaluate(Map.of("#{A}", 5.0, "#{B}", 0.0))).isEmpty();
        assertThat(FormulaParser.parse("1 / (2 - 2)").evaluate(Map.of())).isEmpty();
        assertThat(Formula.ratio(OptionalDouble.of(3), OptionalDouble.of(0), 100)).isEmpty();
        assertThat(Formula.ratio(OptionalDouble.of(3), OptionalDouble.of(4), 100)).hasValue(75.0);
    }

    @Test
    void aMissingValueGivesNoValue() {
        assertThat(FormulaParser.parse("#{A} + #{B}").evaluate(Map.of("#{A}", 5.0))).isEmpty();
        assertThat(FormulaParser.parse("I{X} * 2").evaluate(Map.of())).isEmpty();
        assertThat(Formula.ratio(OptionalDouble.empty(), OptionalDouble.of(4), 100)).isEmpty();
    }

    @Test
    void renderReplacesReferencesWithLabels() {
        Formula f = FormulaParser.parse("(#{A} + #{B.SEX:F}) / I{X}");
        assertThat(f.render(r -> r.element() + (r.disaggregated() ? " [" + r.option() + "]" : ""), r -> "ind " + r.code()))
                .isEqualTo("(A + B [F]) / ind X");
    }
}
