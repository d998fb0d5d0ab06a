package org.haven.data;

/** Completeness of one entry form (data set x org unit x period). */
record CompletenessRow(String orgUnit, String orgUnitName, int entered, int expected, boolean allElements,
        String markedBy) {

    public boolean complete() {
        return allElements || markedBy != null;
    }

    public int percent() {
        return expected == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * entered / expected));
    }
}
