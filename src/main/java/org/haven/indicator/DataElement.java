package org.haven.indicator;

import java.util.List;

/**
 * What is collected. Its disaggregation is the cross product of the options of {@code categoryCodes} (in order);
 * MILESTONE elements store the index of one of {@code milestoneStages} ("Drafted|Adopted|Enforced"). A derived
 * element ({@code derivedFrom} names a register, e.g. "participation") gets its values only from that register.
 */
record DataElement(long id, String code, String name, String description, ValueType valueType,
        String milestoneStages, Aggregation aggregationOrg, Aggregation aggregationTime, int version,
        List<String> categoryCodes, String derivedFrom) {

    DataElement {
        categoryCodes = List.copyOf(categoryCodes);
    }

    DataElement(long id, String code, String name, String description, ValueType valueType, String milestoneStages,
            Aggregation aggregationOrg, Aggregation aggregationTime, int version, List<String> categoryCodes) {
        this(id, code, name, description, valueType, milestoneStages, aggregationOrg, aggregationTime, version,
                categoryCodes, null);
    }
}
