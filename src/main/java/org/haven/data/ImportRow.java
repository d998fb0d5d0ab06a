package org.haven.data;

import java.util.Map;

/**
 * One data row of an import file as text, before any check: {@code row} is the number a spreadsheet shows;
 * {@code categories} maps category code to option code for the non-empty category cells (empty = total).
 */
record ImportRow(int row, String dataElement, String orgUnit, String period, Map<String, String> categories,
        String value, String comment, String partner, String followUp) {
}
