package org.haven.data;

import java.util.List;

/** Receives the raw cells of a sheet or CSV file, row by row, as the file streams past. */
interface ImportCells {

    /**
     * One non-blank row. {@code rowNumber} is what a spreadsheet shows (the header is usually row 1);
     * {@code cells} are strings, "" for an empty cell.
     */
    void row(int rowNumber, List<String> cells);
}
