package org.haven.report;

/**
 * A generated report file, with the note of the data it was built from and how long it took (wall clock and CPU time
 * of the generating thread).
 */
record GeneratedReport(ReportRequest request, String title, String fileName, String contentType, byte[] content,
        String snapshotNote, long millis, long cpuMillis) {
}
