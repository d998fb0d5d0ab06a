package org.haven.indicator;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Public entry to the formula language of indicators ({@code #{EL}}, {@code #{EL.CAT:OPT}}, numbers, + - * /,
 * parentheses) for other features, e.g. validation rules: parse once, list the referenced data elements, evaluate
 * with values keyed as the references are written.
 */
public final class Formulas {

    private Formulas() {
    }

    /** One data element reference; {@code category} and {@code option} are null for the element's total. */
    public record Reference(String element, String category, String option) {

        /** The key under which {@link ParsedFormula#evaluate(Map)} looks the value up, e.g. {@code #{X.SEX:F}}. */
        public String key() {
            return category == null ? "#{" + element + "}" : "#{" + element + "." + category + ":" + option + "}";
        }
    }

    /** A parsed expression. */
    public static final class ParsedFormula {

        private final Formula formula;

        private ParsedFormula(Formula formula) {
            this.formula = formula;
        }

        public String text() {
            return formula.text();
        }

        /** The data element references in order of appearance. */
        public List<Reference> references() {
            return formula.elementRefs().stream().map(r -> new Reference(r.element(), r.category(), r.option())).toList();
        }

        /** The codes of the indicators the expression names ({@code I{CODE}}), in order of appearance. */
        public List<String> indicatorCodes() {
            return formula.indicatorRefs().stream().map(Formula.IndicatorRef::code).distinct().toList();
        }

        /** Empty when a referenced value is missing, a divisor is zero or the result is not finite. */
        public OptionalDouble evaluate(Map<String, Double> values) {
            return formula.evaluate(values);
        }
    }

    /** Parses; throws IllegalArgumentException with a readable message naming the position on a syntax error. */
    public static ParsedFormula parse(String text) {
        try {
            return new ParsedFormula(FormulaParser.parse(text));
        } catch (FormulaException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
