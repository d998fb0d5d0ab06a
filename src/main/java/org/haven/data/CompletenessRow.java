package org.haven.data;

/** Completeness of one entry form (data set x org unit x period). */
record CompletenessRow(String orgUnit, String orgUnitName, int entered, int expected, boolean allElements,
        String markedBy) {

    boolean complete() {
        return allElements || markedBy != null;
    }

    int percent() {
        return expected == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * entered / expected));
    }
}
