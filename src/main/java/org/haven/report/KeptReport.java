package org.haven.report;

import java.time.OffsetDateTime;

/** A kept report without its bytes: what, from which parameters, when, by whom and from which data. */
record KeptReport(long id, ReportKind kind, String parameters, String title, String fileName, String contentType,
        int sizeBytes, OffsetDateTime generatedAt, String generatedBy, String dataNote, long millis) {
}
