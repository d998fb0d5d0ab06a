package org.haven.plan;

import java.util.Arrays;
import java.util.Optional;

import org.haven.framework.NodeKind;

/** The two coverage matrices: which framework kind runs down the rows and which across the columns. */
enum CoverageAxes {

    PILLAR_CONTEXT("pillar-context", NodeKind.PILLAR, NodeKind.PRIORITY_CONTEXT),
    OBJECTIVE_LEVEL("objective-level", NodeKind.STRATEGIC_OBJECTIVE, NodeKind.ECOLOGICAL_LEVEL);

    private final String id;
    private final NodeKind rowKind;
    private final NodeKind columnKind;

    CoverageAxes(String id, NodeKind rowKind, NodeKind columnKind) {
        this.id = id;
        this.rowKind = rowKind;
        this.columnKind = columnKind;
    }

    /** The name used in URLs and the API, e.g. "pillar-context". */
    String id() {
        return id;
    }

    NodeKind rowKind() {
        return rowKind;
    }

    NodeKind columnKind() {
        return columnKind;
    }

    static Optional<CoverageAxes> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
