package org.haven.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only list of indicators as dashboards and reports show them: name, unit, decimals, direction, the framework
 * nodes they are linked to, and the data elements behind them. Changes go through the indicator pages and API.
 */
@Component
public class IndicatorCatalog {

    /**
     * One indicator. {@code type} is COUNT, PERCENTAGE, RATIO, RATE, AVERAGE, YES_NO or MILESTONE; {@code
     * countElement} is the data element whose total is the numerator when the indicator divides it by a
     * denominator ({@code #{VICTIMS} / #{POPULATION}}), so a page can switch between the rate and the count; null
     * otherwise. {@code elements} are the data elements of the numerator, {@code denominatorElements} those of the
     * denominator (empty without one); {@code milestoneStages} the stage names of a MILESTONE indicator, whose
     * values are stage indexes.
     */
    public record IndicatorSummary(String code, String name, String type, String unit, int decimals,
            boolean lowerIsBetter, String internationalCode, List<String> nodeCodes, String countElement,
            List<String> elements, List<String> denominatorElements, List<String> milestoneStages) {

        public IndicatorSummary {
            nodeCodes = List.copyOf(nodeCodes);
            milestoneStages = List.copyOf(milestoneStages);
            elements = List.copyOf(elements);
            denominatorElements = List.copyOf(denominatorElements);
        }
    }

    private final RegistryStore store;

    IndicatorCatalog(RegistryStore store) {
        this.store = store;
    }

    /** Every indicator, by code. */
    @Transactional(readOnly = true)
    public List<IndicatorSummary> all() {
        return store.indicators().stream().map(IndicatorCatalog::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<IndicatorSummary> find(String code) {
        return store.indicator(code).map(IndicatorCatalog::summary);
    }

    private static IndicatorSummary summary(Indicator i) {
        List<String> numerator = elements(i.numerator());
        List<String> denominator = elements(i.denominator());
        return new IndicatorSummary(i.code(), i.name(), i.type().name(), i.unit(), i.decimals(),
                i.direction() == Direction.LOWER_IS_BETTER, i.internationalCode(), i.nodeCodes(),
                denominator.isEmpty() ? null : countElement(i.numerator()), numerator, denominator,
                i.milestoneStages() == null || i.milestoneStages().isBlank() ? List.of()
                        : Arrays.stream(i.milestoneStages().split("\\|")).map(String::trim).toList());
    }

    private static List<String> elements(String formula) {
        if (formula == null || formula.isBlank()) {
            return List.of();
        }
        try {
            return FormulaParser.parse(formula).elementRefs().stream().map(Formula.ElementRef::element).distinct()
                    .toList();
        } catch (FormulaException e) {
            return List.of();
        }
    }

    /** The element when the formula is exactly one element's total ({@code #{CODE}}), else null. */
    private static String countElement(String formula) {
        try {
            Formula f = FormulaParser.parse(formula);
            if (f.elementRefs().size() == 1 && f.indicatorRefs().isEmpty()) {
                Formula.ElementRef ref = f.elementRefs().get(0);
                return !ref.disaggregated() && formula.trim().equals(ref.key()) ? ref.element() : null;
            }
        } catch (FormulaException e) {
            return null;
        }
        return null;
    }
}
