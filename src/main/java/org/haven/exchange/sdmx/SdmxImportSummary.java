package org.haven.exchange.sdmx;

import java.util.List;

/**
 * What an SDMX-CSV import did or would do: rows read, values new, updated and unchanged, rejected rows (row number
 * and reason), the unknown codes found ("REF_AREA 999") and, when nothing was written although asked, why.
 */
record SdmxImportSummary(String fileName, boolean dryRun, boolean committed, String refusal, int rows, int created,
        int updated, int unchanged, int rejected, List<Rejection> rejections, List<String> unknownCodes) {

    /** A rejected row: its number in the file (header = 1) and the reason. */
    record Rejection(long row, String reason) {
    }

    SdmxImportSummary {
        rejections = List.copyOf(rejections);
        unknownCodes = List.copyOf(unknownCodes);
    }

    int changed() {
        return created + updated;
    }
}
