package org.haven.exchange.dhis2;

/**
 * What a DHIS2 identifier stands for. {@code CATEGORY_OPTION} maps one ADX disaggregation attribute
 * ({@code CAT=OPT}) to one Haven category option ({@code CAT:OPT}); ADX group attributes of an attribute option combo
 * are an {@code ATTRIBUTE_OPTION_COMBO} mapping whose DHIS2 side is {@code CAT=OPT;CAT=OPT}.
 */
enum Dhis2MappingKind {
    DATA_SET, DATA_ELEMENT, CATEGORY_OPTION_COMBO, CATEGORY_OPTION, ATTRIBUTE_OPTION_COMBO, ORG_UNIT
}
