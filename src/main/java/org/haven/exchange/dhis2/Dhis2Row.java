package org.haven.exchange.dhis2;

import java.util.Map;

/**
 * One data value as read from a DHIS2 data value set (JSON or CSV) or ADX file, in DHIS2 identifiers, before
 * mapping. {@code index} is its 0-based position in the file. ADX rows carry their disaggregation and attribute
 * option combo as attribute maps ({@code categories}, {@code attributes}) instead of combo uids, and their period in
 * ADX form.
 */
record Dhis2Row(int index, String dataElement, String period, String orgUnit, String categoryOptionCombo,
        String attributeOptionCombo, Map<String, String> categories, Map<String, String> attributes, String value,
        String comment, boolean followUp, boolean adx) {

    /** A row of a JSON or CSV data value set. */
    static Dhis2Row of(int index, String dataElement, String period, String orgUnit, String coc, String aoc,
            String value, String comment, boolean followUp) {
        return new Dhis2Row(index, dataElement, period, orgUnit, coc, aoc, null, null, value, comment, followUp, false);
    }
}
