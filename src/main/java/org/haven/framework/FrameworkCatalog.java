package org.haven.framework;

import java.util.List;
import java.util.Optional;

/** Read access to today's framework, for other features. */
public interface FrameworkCatalog {

    Optional<FrameworkNode> find(String code);

    /** Nodes of one kind that are not retired, in framework order. */
    List<FrameworkNode> byKind(NodeKind kind);

    /** Every node, retired ones included, in framework order (kind, then sort order). */
    List<FrameworkNode> all();
}
