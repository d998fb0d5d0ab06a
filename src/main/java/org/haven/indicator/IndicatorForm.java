package org.haven.indicator;

import java.util.List;

/**
 * An indicator as entered in the edit form: free text, checked by {@link IndicatorService} with a message naming
 * each failing field. {@code version} is the version the form was opened at (null when creating).
 */
record IndicatorForm(String code, String name, String definition, String type, String unit, String decimals,
        String direction, String aggregationOrg, String aggregationTime, String dataSource, String frequency,
        String responsibleOffice, String numerator, String denominator, String multiplier, String milestoneStages,
        String internationalCode, String sdgSeriesCodes, Boolean coreIndicator, Boolean unverified, String sourceNote,
        List<String> nodes, Integer version) {

    IndicatorForm {
        coreIndicator = Boolean.TRUE.equals(coreIndicator);
        unverified = Boolean.TRUE.equals(unverified);
        nodes = nodes == null ? List.of() : nodes.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).distinct().toList();
    }

    static IndicatorForm blank() {
        return new IndicatorForm("", "", "", IndicatorType.COUNT.name(), "", "0", Direction.HIGHER_IS_BETTER.name(),
                Aggregation.SUM.name(), Aggregation.SUM.name(), "", Frequency.YEARLY.name(), "", "", "", "", "", "", "",
                false, false, "", List.of(), null);
    }

    static IndicatorForm of(Indicator i) {
        return new IndicatorForm(i.code(), i.name(), i.definition(), i.type().name(), i.unit(),
                String.valueOf(i.decimals()), i.direction().name(), i.aggregationOrg().name(), i.aggregationTime().name(),
                i.dataSource(), i.frequency().name(), i.responsibleOffice(), i.numerator(), i.denominator(),
                i.multiplier().toPlainString(), i.milestoneStages(), i.internationalCode(), i.sdgSeriesCodes(),
                i.coreIndicator(), i.unverified(), i.sourceNote(), i.nodeCodes(), i.version());
    }
}
