package org.haven.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks a formula's syntax and that every data element, category, option and indicator it names exists. */
final class FormulaChecker {

    /** What the registry holds; null answers mean "unknown". */
    interface Lookup {

        /** The categories of a data element, or null when there is no such element. */
        List<String> categoriesOf(String element);

        /** The option codes of a category, or null when there is no such category. */
        Set<String> optionsOf(String category);

        boolean indicatorExists(String code);
    }

    private FormulaChecker() {
    }

    /** Problems with the formula, each a sentence naming the position or the unknown code; empty when valid. */
    static List<String> problems(String text, Lookup lookup) {
        Formula formula;
        try {
            formula = FormulaParser.parse(text);
        } catch (FormulaException e) {
            return List.of(e.getMessage());
        }
        Set<String> out = new LinkedHashSet<>();
        for (Formula.ElementRef ref : formula.elementRefs()) {
            List<String> categories = lookup.categoriesOf(ref.element());
            if (categories == null) {
                out.add("unknown data element " + ref.element());
            } else if (ref.disaggregated()) {
                Set<String> options = lookup.optionsOf(ref.category());
                if (options == null) {
                    out.add("unknown category " + ref.category());
                } else if (!categories.contains(ref.category())) {
                    out.add("data element " + ref.element() + " is not disaggregated by category " + ref.category()
                            + (categories.isEmpty() ? "" : " (its categories: " + String.join(", ", categories) + ")"));
                } else if (!options.contains(ref.option())) {
                    out.add("unknown option " + ref.option() + " of category " + ref.category());
                }
            }
        }
        for (Formula.IndicatorRef ref : formula.indicatorRefs()) {
            if (!lookup.indicatorExists(ref.code())) {
                out.add("unknown indicator " + ref.code());
            }
        }
        return new ArrayList<>(out);
    }
}
