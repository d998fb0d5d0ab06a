package org.haven.participation;

import java.util.List;

/**
 * The disaggregation of children engaged: the options of the SEX and AGE_CHILD categories of the indicator library,
 * which the derived element PART_CHILDREN_ENGAGED uses (a test keeps the two in step).
 */
final class ChildBands {

    static final String SEX_CATEGORY = "SEX";
    static final String AGE_CATEGORY = "AGE_CHILD";
    static final List<String> SEXES = List.of("F", "M", "U");
    static final List<String> AGES = List.of("Y0T4", "Y5T9", "Y10T14", "Y15T17");

    private ChildBands() {
    }
}
