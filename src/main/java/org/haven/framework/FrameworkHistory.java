package org.haven.framework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The framework as it was on a date, and how today's framework differs from it. A date D means the end of day D in
 * UTC: a history row belongs to D when it started before D+1 00:00 UTC and had not ended before then.
 */
final class FrameworkHistory {

    /** The fields compared between two states of a node, in the order a comparison lists them. */
    static final List<String> FIELDS = List.of("title", "shortTitle", "description", "parentCode", "sortOrder", "retired");

    /** One field that differs: its name (one of {@link #FIELDS}) and both values as text. */
    record FieldDiff(String field, String before, String after) {
    }

    /** A node present on both sides; {@code after} is null when the node no longer exists at all. */
    record NodeChange(NodeState before, NodeState after, List<FieldDiff> diffs) {
    }

    /** Today's framework compared with the one of a date. */
    record Comparison(List<NodeState> added, List<NodeChange> retired, List<NodeChange> changed) {

        public boolean isEmpty() {
            return added.isEmpty() && retired.isEmpty() && changed.isEmpty();
        }
    }

    private FrameworkHistory() {
    }

    /** The first instant after day D (UTC): rows valid at this instant make up the framework of D. */
    static OffsetDateTime endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The node states valid at the end of {@code date}, in framework order; one per code (the latest if rows overlap). */
    static List<NodeState> asOf(List<HistoryRow> rows, LocalDate date) {
        OffsetDateTime end = endOf(date);
        Map<String, HistoryRow> valid = new LinkedHashMap<>();
        for (HistoryRow row : rows) {
            boolean started = row.validFrom().isBefore(end);
            boolean notEnded = row.validTo() == null || !row.validTo().isBefore(end);
            if (started && notEnded) {
                valid.merge(row.state().code(), row, FrameworkHistory::later);
            }
        }
        return valid.values().stream().map(HistoryRow::state).sorted(FrameworkTree.ORDER).toList();
    }

    /**
     * Compares the framework of a date ({@code then}) with today's ({@code now}): nodes added since, nodes retired
     * (or gone) since, and nodes whose title, short title, description, parent, sort order or retired flag changed.
     */
    static Comparison compare(List<NodeState> then, List<NodeState> now) {
        Map<String, NodeState> before = byCode(then);
        Map<String, NodeState> after = byCode(now);
        List<NodeState> added = new ArrayList<>();
        List<NodeChange> retired = new ArrayList<>();
        List<NodeChange> changed = new ArrayList<>();
        for (NodeState n : after.values()) {
            if (!before.containsKey(n.code())) {
                added.add(n);
            }
        }
        for (NodeState old : before.values()) {
            NodeState current = after.get(old.code());
            List<FieldDiff> diffs = current == null ? List.of() : diffs(old, current);
            if (current == null || (current.retired() && !old.retired())) {
                retired.add(new NodeChange(old, current, diffs));
            } else if (!diffs.isEmpty()) {
                changed.add(new NodeChange(old, current, diffs));
            }
        }
        Comparator<NodeChange> order = Comparator.comparing(NodeChange::before, FrameworkTree.ORDER);
        retired.sort(order);
        changed.sort(order);
        added.sort(FrameworkTree.ORDER);
        return new Comparison(List.copyOf(added), List.copyOf(retired), List.copyOf(changed));
    }

    static List<FieldDiff> diffs(NodeState a, NodeState b) {
        List<FieldDiff> out = new ArrayList<>();
        add(out, "title", a, b, NodeState::title);
        add(out, "shortTitle", a, b, NodeState::shortTitle);
        add(out, "description", a, b, NodeState::description);
        add(out, "parentCode", a, b, NodeState::parentCode);
        add(out, "sortOrder", a, b, NodeState::sortOrder);
        add(out, "retired", a, b, NodeState::retired);
        return List.copyOf(out);
    }

    private static void add(List<FieldDiff> out, String field, NodeState a, NodeState b, Function<NodeState, Object> get) {
        Object x = get.apply(a);
        Object y = get.apply(b);
        if (!Objects.equals(x, y)) {
            out.add(new FieldDiff(field, x == null ? null : x.toString(), y == null ? null : y.toString()));
        }
    }

    private static Map<String, NodeState> byCode(List<NodeState> nodes) {
        Map<String, NodeState> map = new LinkedHashMap<>();
        nodes.stream().sorted(FrameworkTree.ORDER).forEach(n -> map.put(n.code(), n));
        return map;
    }

    private static HistoryRow later(HistoryRow a, HistoryRow b) {
        int byStart = a.validFrom().compareTo(b.validFrom());
        return byStart > 0 || (byStart == 0 && a.id() > b.id()) ? a : b;
    }
}
