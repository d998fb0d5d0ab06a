package org.haven.learning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.springframework.stereotype.Component;

/**
 * A framework node with its descendants (a pillar's technical-assistance services, a priority context's aims, an SDG
 * goal's targets, an implementer's units), retired ones included so old links still count.
 */
@Component
class NodeScope {

    private final FrameworkCatalog framework;

    NodeScope(FrameworkCatalog framework) {
        this.framework = framework;
    }

    Optional<FrameworkNode> node(String code) {
        return framework.find(code);
    }

    /** The node's descendants in framework order (children before grandchildren), without the node itself. */
    List<FrameworkNode> descendants(String code) {
        Map<String, List<FrameworkNode>> children = new HashMap<>();
        for (FrameworkNode n : framework.all()) {
            if (n.parentCode() != null) {
                children.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n);
            }
        }
        List<FrameworkNode> out = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(code));
        while (!queue.isEmpty()) {
            for (FrameworkNode child : children.getOrDefault(queue.poll(), List.of())) {
                if (!out.contains(child)) {
                    out.add(child);
                    queue.add(child.code());
                }
            }
        }
        return out;
    }

    /** The code and its descendants' codes: what a node filter matches. */
    List<String> withDescendants(String code) {
        List<String> codes = new ArrayList<>(List.of(code));
        descendants(code).forEach(n -> codes.add(n.code()));
        return codes;
    }

    /** Not retired nodes that learning items may link to, grouped by kind in framework order. */
    Map<NodeKind, List<FrameworkNode>> linkableByKind() {
        Map<NodeKind, List<FrameworkNode>> byKind = new java.util.LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            if (LearningValidator.LINKABLE.contains(kind)) {
                List<FrameworkNode> nodes = framework.byKind(kind);
                if (!nodes.isEmpty()) {
                    byKind.put(kind, nodes);
                }
            }
        }
        return byKind;
    }

    List<FrameworkNode> contexts() {
        return framework.byKind(NodeKind.PRIORITY_CONTEXT);
    }
}
