package org.haven.data;

import java.util.List;

/** One row of an entry table: an option of the element's first category (or the element itself). */
record DataEntryRow(String label, List<DataEntryCell> cells) {

    DataEntryRow {
        cells = List.copyOf(cells);
    }
}
