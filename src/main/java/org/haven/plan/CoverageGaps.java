package org.haven.plan;

import java.util.List;

import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;

/** The non-retired nodes of one framework kind that no (non-cancelled) activity links to. */
public record CoverageGaps(NodeKind kind, List<FrameworkNode> nodes) {

    public CoverageGaps {
        nodes = List.copyOf(nodes);
    }
}
