package org.haven.indicator;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The library being loaded, as a {@link FormulaChecker.Lookup}, so shipped formulas are checked like saved ones. */
final class SeedCatalog implements FormulaChecker.Lookup {

    private final Map<String, List<String>> elements;
    private final Map<String, Set<String>> options;
    private final Set<String> indicators = new HashSet<>();

    SeedCatalog(Map<String, List<String>> elements, Map<String, Set<String>> options) {
        this.elements = elements;
        this.options = options;
    }

    Set<String> indicators() {
        return indicators;
    }

    List<String> check(String field, String formula) {
        return FormulaChecker.problems(formula, this).stream().map(p -> field + " " + p).toList();
    }

    @Override
    public List<String> categoriesOf(String element) {
        return elements.get(element);
    }

    @Override
    public Set<String> optionsOf(String category) {
        return options.get(category);
    }

    @Override
    public boolean indicatorExists(String code) {
        return indicators.contains(code);
    }
}
