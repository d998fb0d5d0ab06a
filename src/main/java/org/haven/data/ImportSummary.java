package org.haven.data;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do): rows read, values new / updated / unchanged, rows rejected
 * (distinct row numbers) and skipped (empty value cell), and every rejection in row order.
 */
record ImportSummary(boolean dryRun, int rows, int created, int updated, int unchanged, int rejected, int skipped,
        List<ImportRejection> rejectedRows) {

    ImportSummary {
        rejectedRows = List.copyOf(rejectedRows);
    }

    boolean clean() {
        return rejectedRows.isEmpty();
    }
}
