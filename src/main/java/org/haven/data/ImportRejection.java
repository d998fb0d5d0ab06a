package org.haven.data;

/** One reason a row was rejected: the spreadsheet row number, the column (header name, "" for the whole row). */
record ImportRejection(int row, String column, String message) {
}
