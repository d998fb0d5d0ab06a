package org.haven.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only public view of the registry for other features: indicators' formulas and aggregation, every category
 * with its options, and a data element's version (for {@link DataElementService#changeCategories}).
 */
@Component
public class IndicatorDefinitions {

    /** An indicator's formulas and how it aggregates ("SUM", "AVERAGE", "LAST", "NONE"). */
    public record IndicatorDefinition(String code, String name, String type, String numerator, String denominator,
            BigDecimal multiplier, String aggregationOrg, String aggregationTime, int decimals) {
    }

    private final RegistryStore store;

    IndicatorDefinitions(RegistryStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Optional<IndicatorDefinition> indicator(String code) {
        return store.indicator(code).map(IndicatorDefinitions::definition);
    }

    /** Indicators whose numerator or denominator names the data element, in registry order. */
    @Transactional(readOnly = true)
    public List<IndicatorDefinition> usingElement(String element) {
        return store.indicators().stream()
                .filter(i -> names(i.numerator(), element) || names(i.denominator(), element))
                .map(IndicatorDefinitions::definition).toList();
    }

    private static boolean names(String formula, String element) {
        return formula != null && !formula.isBlank()
                && Formulas.parse(formula).references().stream().anyMatch(r -> r.element().equals(element));
    }

    private static IndicatorDefinition definition(Indicator i) {
        return new IndicatorDefinition(i.code(), i.name(), i.type().name(), i.numerator(), i.denominator(),
                i.multiplier(), i.aggregationOrg().name(), i.aggregationTime().name(), i.decimals());
    }

    /** Every category with its options, by name. */
    @Transactional(readOnly = true)
    public List<CategoryDefinition> categories() {
        return store.categories().stream().map(c -> new CategoryDefinition(c.code(), c.name(),
                c.options().stream().map(o -> new OptionDefinition(o.code(), o.name())).toList())).toList();
    }

    /** The data element's current version; empty when there is no such element. */
    @Transactional(readOnly = true)
    public OptionalInt elementVersion(String code) {
        return store.element(code).map(e -> OptionalInt.of(e.version())).orElse(OptionalInt.empty());
    }
}
