package org.haven.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator: numerator (and for ratios a denominator) formula over data elements and other indicators, scaled
 * by {@code multiplier}; linked to framework nodes and to an international code where one applies.
 */
record Indicator(long id, String code, String name, String definition, IndicatorType type, String unit, int decimals,
        Direction direction, Aggregation aggregationOrg, Aggregation aggregationTime, String dataSource,
        Frequency frequency, String responsibleOffice, String numerator, String denominator, BigDecimal multiplier,
        String milestoneStages, String internationalCode, String sdgSeriesCodes, boolean coreIndicator,
        boolean unverified, String sourceNote, int version, List<String> nodeCodes) {

    Indicator {
        nodeCodes = List.copyOf(nodeCodes);
    }

    /** SDG, JJ, INSPIRE or STRATEGY: where the indicator comes from, for filtering. */
    public IndicatorSource source() {
        return IndicatorSource.of(internationalCode);
    }
}
