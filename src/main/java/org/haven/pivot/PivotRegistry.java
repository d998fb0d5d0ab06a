package org.haven.pivot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.Formulas;
import org.haven.indicator.RegistrySnapshot;
import org.haven.indicator.RegistrySnapshots;
import org.springframework.stereotype.Component;

/**
 * The indicators, data elements and categories the pivot offers and combines, read from the registry and kept until
 * the registry changes (its stamp).
 */
@Component
class PivotRegistry {

    /** The registry as the pivot uses it: data items (indicators by code, then elements by code) and categories. */
    record Catalog(String stamp, List<DataItem> items, Map<String, DataItem> byCode,
            List<CategoryDefinition> categories) {

        Optional<DataItem> item(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        Optional<CategoryDefinition> category(String code) {
            return categories.stream().filter(c -> c.code().equals(code)).findFirst();
        }
    }

    private final RegistrySnapshots snapshots;
    private volatile Catalog cached;

    PivotRegistry(RegistrySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    Catalog current() {
        Catalog c = cached;
        if (c == null || !c.stamp().equals(snapshots.stamp())) {
            c = catalog(snapshots.current());
            cached = c;
        }
        return c;
    }

    static Catalog catalog(RegistrySnapshot s) {
        Map<String, List<String>> elementCategories = new HashMap<>();
        s.elements().forEach(e -> elementCategories.put(e.code(), e.categoryCodes()));
        List<DataItem> items = new ArrayList<>();
        for (RegistrySnapshot.IndicatorProfile i : s.indicators()) {
            boolean ratio = i.denominator() != null && !i.denominator().isBlank();
            items.add(new DataItem(i.code(), i.name(), true, i.type(), ratio,
                    i.multiplier() == null ? BigDecimal.ONE : i.multiplier(), i.aggregationOrg(), i.aggregationTime(),
                    i.decimals(), ratio ? splitCategories(i.denominator(), elementCategories) : Set.of()));
        }
        for (RegistrySnapshot.ElementProfile e : s.elements()) {
            items.add(new DataItem(e.code(), e.name(), false, e.valueType(), false, BigDecimal.ONE,
                    e.aggregationOrg(), e.aggregationTime(), "NUMBER".equals(e.valueType()) ? 2 : 0, Set.of()));
        }
        Map<String, DataItem> byCode = new LinkedHashMap<>();
        for (DataItem item : items) {
            byCode.putIfAbsent(item.code(), item);
        }
        return new Catalog(s.stamp(), List.copyOf(items), Map.copyOf(byCode), s.categories());
    }

    /** Categories that every element the formula names is split by (and that no reference fixes to one option). */
    private static Set<String> splitCategories(String formula, Map<String, List<String>> elementCategories) {
        Formulas.ParsedFormula f;
        try {
            f = Formulas.parse(formula);
        } catch (RuntimeException e) {
            return Set.of();
        }
        if (!f.indicatorCodes().isEmpty() || f.references().isEmpty()) {
            return Set.of();
        }
        Set<String> common = null;
        for (Formulas.Reference r : f.references()) {
            Set<String> cats = new HashSet<>(elementCategories.getOrDefault(r.element(), List.of()));
            if (r.category() != null) {
                cats.remove(r.category());
            }
            if (common == null) {
                common = cats;
            } else {
                common.retainAll(cats);
            }
        }
        return common == null ? Set.of() : common;
    }
}
