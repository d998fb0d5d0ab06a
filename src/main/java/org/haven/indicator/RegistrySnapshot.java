package org.haven.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The whole registry at one moment, for features that compute over it (the analytics engine): every indicator with
 * its formulas, aggregation, direction, milestone stages and framework links; every data element with its
 * aggregation and categories; every category with its options; every baseline and target. {@code stamp} changes
 * whenever any of it changes (see {@link RegistrySnapshots#stamp()}).
 */
public record RegistrySnapshot(String stamp, List<IndicatorProfile> indicators, List<ElementProfile> elements,
        List<CategoryDefinition> categories, List<IndicatorTarget> targets) {

    public RegistrySnapshot {
        indicators = List.copyOf(indicators);
        elements = List.copyOf(elements);
        categories = List.copyOf(categories);
        targets = List.copyOf(targets);
    }

    /**
     * An indicator as computed: type (COUNT, PERCENTAGE, ...), aggregation across org units and time (SUM, AVERAGE,
     * LAST, NONE), {@code lowerIsBetter} from its direction, stages of a MILESTONE indicator, linked framework nodes.
     */
    public record IndicatorProfile(String code, String name, String type, String unit, int decimals,
            boolean lowerIsBetter, String numerator, String denominator, BigDecimal multiplier, String aggregationOrg,
            String aggregationTime, List<String> milestoneStages, List<String> nodeCodes) {

        public IndicatorProfile {
            milestoneStages = List.copyOf(milestoneStages);
            nodeCodes = List.copyOf(nodeCodes);
        }
    }

    /** A data element as computed: value type (NUMBER, INTEGER, BOOLEAN, MILESTONE), aggregation, categories. */
    public record ElementProfile(String code, String name, String valueType, String aggregationOrg,
            String aggregationTime, List<String> milestoneStages, List<String> categoryCodes) {

        public ElementProfile {
            milestoneStages = List.copyOf(milestoneStages);
            categoryCodes = List.copyOf(categoryCodes);
        }
    }
}
