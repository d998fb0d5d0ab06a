package org.haven.exchange.iati;

import java.util.List;
import java.util.Map;

/**
 * What an import did or would do: per activity its identifier, title, whether it is new or updates an earlier
 * import, the partner it was matched to and what was skipped (element name, with the vocabulary or currency when
 * only some of them were skipped, and how many); {@code skippedTotals} adds those up over the file.
 */
record IatiImportReport(String fileName, boolean dryRun, int activities, int created, int updated,
        Map<String, Integer> skippedTotals, List<ActivityLine> lines) {

    record ActivityLine(String identifier, String title, boolean existing, String partnerCode,
            Map<String, Integer> skipped) {
    }

    public int skippedCount() {
        return skippedTotals.values().stream().mapToInt(Integer::intValue).sum();
    }
}
