package org.haven.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.springframework.stereotype.Component;

/** Builds what the indicator pages and API show: formulas with element names, disaggregations, linked nodes. */
@Component
class IndicatorViews {

    /** One reference of a formula: the code as written, the element or indicator name, and where it points. */
    record Reference(String key, String kind, String code, String name, String href) {
    }

    record Detail(Indicator indicator, String numeratorText, String denominatorText, List<Reference> references,
            List<Category> disaggregations, List<FrameworkNode> nodes) {
    }

    private final RegistryStore store;
    private final FrameworkCatalog framework;

    IndicatorViews(RegistryStore store, FrameworkCatalog framework) {
        this.store = store;
        this.framework = framework;
    }

    Detail detail(Indicator i) {
        Map<String, DataElement> elements = new LinkedHashMap<>();
        store.elements().forEach(e -> elements.put(e.code(), e));
        Map<String, String> indicators = new LinkedHashMap<>();
        store.indicators().forEach(x -> indicators.put(x.code(), x.name()));
        Map<String, Category> categories = new LinkedHashMap<>();
        store.categories().forEach(c -> categories.put(c.code(), c));
        Map<String, Reference> refs = new LinkedHashMap<>();
        Map<String, Category> disaggregations = new LinkedHashMap<>();
        String num = readable(i.numerator(), elements, indicators, categories, refs, disaggregations);
        String den = readable(i.denominator(), elements, indicators, categories, refs, disaggregations);
        List<FrameworkNode> nodes = i.nodeCodes().stream().map(framework::find).flatMap(Optional::stream).toList();
        return new Detail(i, num, den, new ArrayList<>(refs.values()), new ArrayList<>(disaggregations.values()), nodes);
    }

    private static String readable(String text, Map<String, DataElement> elements, Map<String, String> indicators,
            Map<String, Category> categories, Map<String, Reference> refs, Map<String, Category> disaggregations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Formula f;
        try {
            f = FormulaParser.parse(text);
        } catch (FormulaException e) {
            return text;
        }
        for (Formula.ElementRef r : f.elementRefs()) {
            DataElement e = elements.get(r.element());
            refs.putIfAbsent(r.key(), new Reference(r.key(), "element", r.element(),
                    e == null ? r.element() : e.name() + optionSuffix(r, categories), "/dataelements/" + r.element()));
            if (e != null) {
                e.categoryCodes().stream().map(categories::get).filter(c -> c != null)
                        .forEach(c -> disaggregations.putIfAbsent(c.code(), c));
            }
        }
        for (Formula.IndicatorRef r : f.indicatorRefs()) {
            refs.putIfAbsent(r.key(), new Reference(r.key(), "indicator", r.code(),
                    indicators.getOrDefault(r.code(), r.code()), "/indicators/" + r.code()));
        }
        return f.render(r -> "[" + refs.get(r.key()).name() + "]", r -> "[" + refs.get(r.key()).name() + "]");
    }

    private static String optionSuffix(Formula.ElementRef r, Map<String, Category> categories) {
        if (!r.disaggregated()) {
            return "";
        }
        Category c = categories.get(r.category());
        String option = c == null ? r.option() : c.options().stream().filter(o -> o.code().equals(r.option()))
                .map(CategoryOption::name).findFirst().orElse(r.option());
        return ", " + (c == null ? r.category() : c.name()) + ": " + option;
    }
}
