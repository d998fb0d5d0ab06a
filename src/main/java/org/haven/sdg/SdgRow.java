package org.haven.sdg;

import java.util.Map;

/**
 * One value row of a published file as read, before any mapping: the file and its row number (the header is row 1),
 * the series code and description, the M49 area code and name, the year, the value and its dimensions as written
 * (sex, age, units, nature), the publisher's note and any other dimension column.
 */
record SdgRow(String file, long row, String series, String description, String area, String areaName, String year,
        String value, String sex, String age, String units, String nature, String note, Map<String, String> others) {

    SdgRow {
        others = others == null ? Map.of() : Map.copyOf(others);
    }
}
