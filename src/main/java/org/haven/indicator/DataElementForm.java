package org.haven.indicator;

import java.util.List;

/** A data element as entered in the edit form; {@code categories} in disaggregation order. */
record DataElementForm(String code, String name, String description, String valueType, String milestoneStages,
        String aggregationOrg, String aggregationTime, List<String> categories, Integer version) {

    DataElementForm {
        categories = categories == null ? List.of()
                : categories.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
    }

    static DataElementForm blank() {
        return new DataElementForm("", "", "", ValueType.INTEGER.name(), "", Aggregation.SUM.name(),
                Aggregation.SUM.name(), List.of(), null);
    }

    static DataElementForm of(DataElement e) {
        return new DataElementForm(e.code(), e.name(), e.description(), e.valueType().name(), e.milestoneStages(),
                e.aggregationOrg().name(), e.aggregationTime().name(), e.categoryCodes(), e.version());
    }
}
