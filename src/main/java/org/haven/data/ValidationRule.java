package org.haven.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.haven.indicator.Formulas;

/**
 * A validation rule: {@code left operator right}, both sides expressions over data element references
 * ({@code #{EL}}, {@code #{EL.CAT:OPT}}), evaluated for one org unit and period. A side with a missing value skips
 * the rule, unless {@code missingAsZero}: then every missing reference counts as 0.
 */
public record ValidationRule(long id, String code, String name, String description, String left,
        ValidationOperator operator, String right, ValidationSeverity severity, boolean missingAsZero, int version) {

    /** The outcome of evaluating the rule on one set of values. */
    public record Outcome(double left, double right, boolean violated) {
    }

    /** The data element references of both sides. */
    public List<Formulas.Reference> references() {
        List<Formulas.Reference> out = new ArrayList<>(Formulas.parse(left).references());
        out.addAll(Formulas.parse(right).references());
        return out;
    }

    /** The data element codes both sides name. */
    public Set<String> elements() {
        Set<String> out = new LinkedHashSet<>();
        references().forEach(r -> out.add(r.element()));
        return out;
    }

    /**
     * Evaluates with values keyed as references are written ({@code #{X.SEX:F}}); empty when the rule is skipped
     * (a side has no value: missing reference without missingAsZero, or a division by zero).
     */
    public Optional<Outcome> evaluate(Map<String, Double> values) {
        return compile().evaluate(values);
    }

    /** Both sides parsed once, for evaluating the rule on many cells. */
    Compiled compile() {
        return new Compiled(this, Formulas.parse(left), Formulas.parse(right), references(), elements());
    }

    /** A rule with its parsed sides, references and element codes. */
    record Compiled(ValidationRule rule, Formulas.ParsedFormula left, Formulas.ParsedFormula right,
            List<Formulas.Reference> references, Set<String> elements) {

        /** As {@link ValidationRule#evaluate}. */
        Optional<Outcome> evaluate(Map<String, Double> values) {
            Map<String, Double> effective = values;
            if (rule.missingAsZero()) {
                effective = new HashMap<>(values);
                for (Formulas.Reference r : references) {
                    effective.putIfAbsent(r.key(), 0d);
                }
            }
            OptionalDouble l = left.evaluate(effective);
            OptionalDouble r = right.evaluate(effective);
            if (l.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            double x = l.getAsDouble();
            double y = r.getAsDouble();
            return Optional.of(new Outcome(x, y, !rule.operator().holds(x, y)));
        }
    }

    /** "left == right" as written. */
    public String expression() {
        return left + " " + operator.symbol() + " " + right;
    }
}
