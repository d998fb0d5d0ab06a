package org.haven.reference;

/** Kinds of org unit, from the top of the hierarchy down. */
public enum OrgUnitType {
    WORLD, REGION, SUBREGION, INTERMEDIATE_REGION, COUNTRY, SUBNATIONAL
}
