package org.haven.framework;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One row of framework_node_history: a state of a node and the interval [validFrom, validTo) it held. */
record HistoryRow(long id, NodeState state, OffsetDateTime validFrom, OffsetDateTime validTo, String changedBy,
        String changeNote) {

    public OffsetDateTime validFromUtc() {
        return validFrom.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public OffsetDateTime validToUtc() {
        return validTo == null ? null : validTo.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
