package org.haven.data;

/**
 * One input of the entry grid: its element id, accessible label ("Female, 0-4 years, Children reached"), the
 * canonical category combination it stores, its position, the stored value, last period's value and its note.
 */
record DataEntryCell(String id, String label, String combo, int row, int col, String value, String previous,
        String comment, boolean followUp) {
}
