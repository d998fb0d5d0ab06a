package org.haven.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only public view of the registry for other features: indicators' formulas and data elements' categories. */
@Component
public class IndicatorDefinitions {

    /** An indicator's formulas and how it aggregates ("SUM", "AVERAGE", "LAST", "NONE"). */
    public record IndicatorDefinition(String code, String name, String type, String numerator, String denominator,
            BigDecimal multiplier, String aggregationOrg, String aggregationTime, int decimals) {
    }

    /** A data element with its categories in order and how it aggregates over time. */
    public record ElementDefinition(String code, String name, String valueType, String aggregationTime,
            List<String> categories, int version) {
    }

    /** A category option with its display name. */
    public record OptionDefinition(String code, String name) {
    }

    private final RegistryStore store;

    IndicatorDefinitions(RegistryStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Optional<IndicatorDefinition> indicator(String code) {
        return store.indicator(code).map(i -> new IndicatorDefinition(i.code(), i.name(), i.type().name(),
                i.numerator(), i.denominator(), i.multiplier(), i.aggregationOrg().name(), i.aggregationTime().name(),
                i.decimals()));
    }

    @Transactional(readOnly = true)
    public Optional<ElementDefinition> element(String code) {
        return store.element(code).map(e -> new ElementDefinition(e.code(), e.name(), e.valueType().name(),
                e.aggregationTime().name(), e.categoryCodes(), e.version()));
    }

    /** The options of a category in order; empty when there is no such category. */
    @Transactional(readOnly = true)
    public List<OptionDefinition> options(String category) {
        return store.category(category).map(c -> c.options().stream()
                .map(o -> new OptionDefinition(o.code(), o.name())).toList()).orElse(List.of());
    }

    /** Every category code, by name. */
    @Transactional(readOnly = true)
    public List<String> categoryCodes() {
        return store.categories().stream().map(Category::code).toList();
    }
}
