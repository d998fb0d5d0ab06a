package org.haven.indicator;

import java.util.List;

/**
 * What is collected. Its disaggregation is the cross product of the options of {@code categoryCodes} (in order);
 * MILESTONE elements store the index of one of {@code milestoneStages} ("Drafted|Adopted|Enforced").
 */
record DataElement(long id, String code, String name, String description, ValueType valueType,
        String milestoneStages, Aggregation aggregationOrg, Aggregation aggregationTime, int version,
        List<String> categoryCodes) {

    DataElement {
        categoryCodes = List.copyOf(categoryCodes);
    }
}
