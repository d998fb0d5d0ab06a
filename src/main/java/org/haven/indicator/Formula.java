package org.haven.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A parsed numerator or denominator expression: numbers, + - * /, parentheses, data element references
 * {@code #{CODE}}, disaggregated references {@code #{CODE.CATEGORY:OPTION}} and indicator references
 * {@code I{CODE}}. Evaluation never fails: a missing value or a division by zero gives no value.
 */
final class Formula {

    sealed interface Node permits Num, ElementRef, IndicatorRef, Binary, Negate {
    }

    record Num(double value) implements Node {
    }

    /** A data element, optionally narrowed to one option of one of its categories; start/end index the text. */
    record ElementRef(String element, String category, String option, int start, int end) implements Node {

        boolean disaggregated() {
            return category != null;
        }

        /** The key under which {@link #evaluate(Map)} looks the value up. */
        String key() {
            return disaggregated() ? "#{" + element + "." + category + ":" + option + "}" : "#{" + element + "}";
        }
    }

    record IndicatorRef(String code, int start, int end) implements Node {

        String key() {
            return "I{" + code + "}";
        }
    }

    record Binary(char operator, Node left, Node right) implements Node {
    }

    record Negate(Node operand) implements Node {
    }

    private final String text;
    private final Node root;

    Formula(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    String text() {
        return text;
    }

    Node root() {
        return root;
    }

    List<ElementRef> elementRefs() {
        List<ElementRef> out = new ArrayList<>();
        collect(root, out, ElementRef.class);
        return out;
    }

    List<IndicatorRef> indicatorRefs() {
        List<IndicatorRef> out = new ArrayList<>();
        collect(root, out, IndicatorRef.class);
        return out;
    }

    /**
     * Evaluates with values keyed as the references are written ({@code #{A}}, {@code #{A.SEX:F}}, {@code I{X}}).
     * Empty when a referenced value is missing, a divisor is zero or the result is not a finite number.
     */
    OptionalDouble evaluate(Map<String, Double> values) {
        return eval(root, values);
    }

    /** numerator / denominator x multiplier (no denominator: numerator x multiplier); empty on a zero denominator. */
    static OptionalDouble ratio(OptionalDouble numerator, OptionalDouble denominator, double multiplier) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return finite(numerator.getAsDouble() / denominator.getAsDouble() * multiplier);
    }

    /** The text with every reference replaced by a label (e.g. the element's name), keeping operators and layout. */
    String render(Function<ElementRef, String> elementLabel, Function<IndicatorRef, String> indicatorLabel) {
        record Span(int start, int end, String label) {
        }
        List<Span> spans = new ArrayList<>();
        elementRefs().forEach(r -> spans.add(new Span(r.start(), r.end(), elementLabel.apply(r))));
        indicatorRefs().forEach(r -> spans.add(new Span(r.start(), r.end(), indicatorLabel.apply(r))));
        spans.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            out.append(text, at, s.start()).append(s.label());
            at = s.end();
        }
        return out.append(text.substring(at)).toString().trim();
    }

    private static OptionalDouble eval(Node node, Map<String, Double> values) {
        if (node instanceof Num n) {
            return OptionalDouble.of(n.value());
        }
        if (node instanceof ElementRef r) {
            return lookup(values, r.key());
        }
        if (node instanceof IndicatorRef r) {
            return lookup(values, r.key());
        }
        if (node instanceof Negate n) {
            OptionalDouble v = eval(n.operand(), values);
            return v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v;
        }
        Binary b = (Binary) node;
        OptionalDouble l = eval(b.left(), values);
        OptionalDouble r = eval(b.right(), values);
        if (l.isEmpty() || r.isEmpty()) {
            return OptionalDouble.empty();
        }
        double x = l.getAsDouble();
        double y = r.getAsDouble();
        return switch (b.operator()) {
            case '+' -> finite(x + y);
            case '-' -> finite(x - y);
            case '*' -> finite(x * y);
            default -> y == 0 ? OptionalDouble.empty() : finite(x / y);
        };
    }

    private static OptionalDouble lookup(Map<String, Double> values, String key) {
        Double v = values.get(key);
        return v == null ? OptionalDouble.empty() : finite(v);
    }

    private static OptionalDouble finite(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static <T extends Node> void collect(Node node, List<T> out, Class<T> type) {
        if (type.isInstance(node)) {
            out.add(type.cast(node));
        } else if (node instanceof Binary b) {
            collect(b.left(), out, type);
            collect(b.right(), out, type);
        } else if (node instanceof Negate n) {
            collect(n.operand(), out, type);
        }
    }
}
