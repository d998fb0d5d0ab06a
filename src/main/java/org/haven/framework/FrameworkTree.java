package org.haven.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays a flat list of node states out as the framework page shows it: one section per kind (in {@link NodeKind}
 * order) holding the kind's top-level nodes, each with its children nested (TA services under pillars, aims under
 * priority contexts, targets under SDG goals, units under implementers).
 */
final class FrameworkTree {

    /** Framework order among siblings: kind, then sort order, then code. */
    static final Comparator<NodeState> ORDER = Comparator.comparing((NodeState n) -> n.kind().ordinal())
            .thenComparingInt(NodeState::sortOrder).thenComparing(NodeState::code);

    record TreeNode(NodeState node, List<TreeNode> children) {
    }

    record Section(NodeKind kind, List<TreeNode> nodes) {
    }

    private FrameworkTree() {
    }

    /** Top-level nodes with their descendants nested; retired nodes (and what hangs below them) left out unless asked. */
    static List<TreeNode> roots(List<NodeState> nodes, boolean includeRetired) {
        List<NodeState> shown = nodes.stream().filter(n -> includeRetired || !n.retired()).sorted(ORDER).toList();
        Set<String> codes = shown.stream().map(NodeState::code).collect(Collectors.toSet());
        Map<String, List<NodeState>> byParent = new LinkedHashMap<>();
        List<NodeState> top = new ArrayList<>();
        for (NodeState n : shown) {
            if (n.parentCode() == null) {
                top.add(n);
            } else if (codes.contains(n.parentCode())) {
                byParent.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n);
            }
        }
        return top.stream().map(n -> build(n, byParent)).toList();
    }

    /** The roots grouped into one section per kind, in NodeKind order; kinds without top-level nodes get none. */
    static List<Section> sections(List<NodeState> nodes, boolean includeRetired) {
        Map<NodeKind, List<TreeNode>> byKind = new LinkedHashMap<>();
        for (TreeNode root : roots(nodes, includeRetired)) {
            byKind.computeIfAbsent(root.node().kind(), k -> new ArrayList<>()).add(root);
        }
        return byKind.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static TreeNode build(NodeState node, Map<String, List<NodeState>> byParent) {
        List<TreeNode> children = byParent.getOrDefault(node.code(), List.of()).stream()
                .map(c -> build(c, byParent)).toList();
        return new TreeNode(node, children);
    }
}
