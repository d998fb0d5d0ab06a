package org.haven.sdg;

/** A row that is not imported: the file, its row number (header = row 1; 0 for the file as a whole) and why. */
public record SdgRejection(String file, long row, String series, String reason) {
}
