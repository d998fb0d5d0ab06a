package org.haven.framework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the framework, today and as of any date, and changes it for ADMIN and MEL_OFFICER users. Every change
 * updates the node (version checked), closes its open history row, opens a new one and writes an audit row, all in
 * one transaction.
 */
@Service
class FrameworkService {

    static final Pattern CODE = Pattern.compile("[A-Z0-9.-]+");
    static final int RECENT_CHANGES = 50;

    private final FrameworkCatalog catalog;
    private final FrameworkStore store;
    private final AuditLog audit;
    private final CurrentUser user;

    FrameworkService(FrameworkCatalog catalog, FrameworkStore store, AuditLog audit, CurrentUser user) {
        this.catalog = catalog;
        this.store = store;
        this.audit = audit;
        this.user = user;
    }

    boolean canEdit() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    void requireEditor() {
        user.require("change the framework", Role.ADMIN, Role.MEL_OFFICER);
    }

    /** Today's nodes, retired ones included, in framework order. */
    @Transactional(readOnly = true)
    List<FrameworkNode> current() {
        return catalog.all();
    }

    @Transactional(readOnly = true)
    List<NodeState> today() {
        return catalog.all().stream().map(NodeState::of).toList();
    }

    @Transactional(readOnly = true)
    FrameworkNode get(String code) {
        return catalog.find(code).orElseThrow(() -> new NotFoundException("Framework node", code));
    }

    @Transactional(readOnly = true)
    List<FrameworkNode> children(String code) {
        return store.children(code);
    }

    @Transactional(readOnly = true)
    List<HistoryRow> historyOf(String code) {
        return store.historyOf(code);
    }

    @Transactional(readOnly = true)
    List<NodeState> asOf(LocalDate date) {
        return FrameworkHistory.asOf(store.historyBefore(FrameworkHistory.endOf(date)), date);
    }

    @Transactional(readOnly = true)
    FrameworkHistory.Comparison compareWithToday(LocalDate date) {
        return FrameworkHistory.compare(asOf(date), today());
    }

    @Transactional(readOnly = true)
    List<HistoryRow> recentChanges() {
        return store.recentChanges(LoadFramework.PUBLISHED.atOffset(ZoneOffset.UTC), RECENT_CHANGES);
    }

    @Transactional
    FrameworkNode create(NodeInput.Draft draft) {
        requireEditor();
        List<FieldProblem> problems = new ArrayList<>();
        NodeKind kind = kind(draft.kind(), problems);
        String code = trim(draft.code());
        if (code == null) {
            problems.add(new FieldProblem("code", "code is required"));
        } else if (code.length() > 40 || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "code must be 1 to 40 characters A-Z, 0-9, '.' or '-'"));
        } else if (catalog.find(code).isPresent()) {
            problems.add(new FieldProblem("code", "code " + code + " is already used"));
        }
        String parent = trim(draft.parentCode());
        if (kind != null) {
            checkParent(kind, parent, problems);
        }
        String title = text("title", draft.title(), 500, true, problems);
        String shortTitle = text("shortTitle", draft.shortTitle(), 120, false, problems);
        String description = text("description", draft.description(), 4000, false, problems);
        String note = text("note", draft.note(), 500, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = now();
        NodeState state = new NodeState(code, kind, parent, title, shortTitle, description,
                store.nextSortOrder(kind, parent), false);
        try {
            store.insert(state, now);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "code " + code + " is already used");
        }
        store.recordHistory(state, now, user.username(), note);
        FrameworkNode created = get(code);
        audit.record("framework_node", code, AuditAction.CREATE, "Created framework node " + code, null, created);
        return created;
    }

    /** Rename and describe: title, short title and description. */
    @Transactional
    FrameworkNode edit(String code, NodeInput.Edit edit) {
        requireEditor();
        FrameworkNode before = get(code);
        List<FieldProblem> problems = new ArrayList<>();
        String title = text("title", edit.title(), 500, true, problems);
        String shortTitle = text("shortTitle", edit.shortTitle(), 120, false, problems);
        String description = text("description", edit.description(), 4000, false, problems);
        String note = text("note", edit.note(), 500, false, problems);
        requireVersion(edit.version(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NodeState after = new NodeState(code, before.kind(), before.parentCode(), title, shortTitle, description,
                before.sortOrder(), before.retired());
        return apply(before, after, edit.version(), note, null);
    }

    /** The API's update: texts, and optionally sort order and retired flag (null keeps them). */
    @Transactional
    FrameworkNode change(String code, NodeInput.Change change) {
        requireEditor();
        FrameworkNode before = get(code);
        List<FieldProblem> problems = new ArrayList<>();
        String title = text("title", change.title(), 500, true, problems);
        String shortTitle = text("shortTitle", change.shortTitle(), 120, false, problems);
        String description = text("description", change.description(), 4000, false, problems);
        String note = text("note", change.note(), 500, false, problems);
        if (change.sortOrder() != null && change.sortOrder() < 0) {
            problems.add(new FieldProblem("sortOrder", "sortOrder must be 0 or more"));
        }
        requireVersion(change.version(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NodeState after = new NodeState(code, before.kind(), before.parentCode(), title, shortTitle, description,
                change.sortOrder() == null ? before.sortOrder() : change.sortOrder(),
                change.retired() == null ? before.retired() : change.retired());
        return apply(before, after, change.version(), note, null);
    }

    /** Moves a node one place up or down among its siblings (same kind and parent) by swapping sort orders. */
    @Transactional
    FrameworkNode move(String code, boolean up, int version, String note) {
        requireEditor();
        FrameworkNode moved = get(code);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanNote = text("note", note, 500, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<FrameworkNode> siblings = store.siblings(moved.kind(), moved.parentCode());
        int i = indexOf(siblings, code);
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= siblings.size()) {
            if (moved.version() != version) {
                throw ConflictException.staleVersion("Framework node", code);
            }
            return moved;
        }
        List<FrameworkNode> reordered = new ArrayList<>(siblings);
        Collections.swap(reordered, i, j);
        List<Integer> orders = siblings.stream().map(FrameworkNode::sortOrder).toList();
        boolean distinct = Set.copyOf(orders).size() == orders.size();
        String summary = "Moved " + code + (up ? " up" : " down");
        for (int k = 0; k < reordered.size(); k++) {
            FrameworkNode n = reordered.get(k);
            int order = distinct ? orders.get(k) : k;
            if (n.sortOrder() != order) {
                NodeState after = new NodeState(n.code(), n.kind(), n.parentCode(), n.title(), n.shortTitle(),
                        n.description(), order, n.retired());
                apply(n, after, n.code().equals(code) ? version : n.version(), cleanNote, summary);
            } else if (n.code().equals(code) && n.version() != version) {
                throw ConflictException.staleVersion("Framework node", code);
            }
        }
        return get(code);
    }

    @Transactional
    FrameworkNode setRetired(String code, boolean retired, int version, String note) {
        requireEditor();
        FrameworkNode before = get(code);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanNote = text("note", note, 500, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NodeState after = new NodeState(code, before.kind(), before.parentCode(), before.title(), before.shortTitle(),
                before.description(), before.sortOrder(), retired);
        return apply(before, after, version, cleanNote, (retired ? "Retired " : "Restored ") + code);
    }

    private FrameworkNode apply(FrameworkNode before, NodeState after, int version, String note, String summary) {
        NodeState old = NodeState.of(before);
        if (old.equals(after)) {
            if (before.version() != version) {
                throw ConflictException.staleVersion("Framework node", before.code());
            }
            return before;
        }
        OffsetDateTime now = now();
        if (!store.update(after, version, now)) {
            throw ConflictException.staleVersion("Framework node", before.code());
        }
        store.recordHistory(after, now, user.username(), note);
        FrameworkNode saved = get(before.code());
        String what = summary != null ? summary : "Changed " + before.code() + ": "
                + FrameworkHistory.diffs(old, after).stream().map(FrameworkHistory.FieldDiff::field)
                        .collect(Collectors.joining(", "));
        audit.record("framework_node", before.code(), AuditAction.UPDATE, what, before, saved);
        return saved;
    }

    private void checkParent(NodeKind kind, String parent, List<FieldProblem> problems) {
        NodeKind required = parentKind(kind);
        boolean mandatory = kind == NodeKind.TA_SERVICE || kind == NodeKind.CONTEXT_AIM || kind == NodeKind.SDG_TARGET;
        if (parent == null) {
            if (mandatory) {
                problems.add(new FieldProblem("parentCode", "parentCode is required: a " + kind + " sits under a " + required));
            }
            return;
        }
        FrameworkNode p = catalog.find(parent).orElse(null);
        if (p == null) {
            problems.add(new FieldProblem("parentCode", "parentCode " + parent + " is not a framework node"));
        } else if (required == null) {
            problems.add(new FieldProblem("parentCode", "parentCode must be empty: a " + kind + " has no parent"));
        } else if (p.kind() != required) {
            problems.add(new FieldProblem("parentCode", "parentCode " + parent + " is a " + p.kind()
                    + ", but a " + kind + " sits under a " + required));
        } else if (p.retired()) {
            problems.add(new FieldProblem("parentCode", "parentCode " + parent + " is retired"));
        }
    }

    /** The kind a node of {@code kind} may sit under, or null when it stands on its own. */
    static NodeKind parentKind(NodeKind kind) {
        return switch (kind) {
            case TA_SERVICE -> NodeKind.PILLAR;
            case CONTEXT_AIM -> NodeKind.PRIORITY_CONTEXT;
            case SDG_TARGET -> NodeKind.SDG_GOAL;
            case IMPLEMENTER -> NodeKind.IMPLEMENTER;
            default -> null;
        };
    }

    private static NodeKind kind(String value, List<FieldProblem> problems) {
        String k = trim(value);
        if (k == null) {
            problems.add(new FieldProblem("kind", "kind is required"));
            return null;
        }
        try {
            return NodeKind.valueOf(k);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "kind " + k + " is not a node kind"));
            return null;
        }
    }

    private static String text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        String v = trim(value);
        if (v == null && required) {
            problems.add(new FieldProblem(field, field + " is required"));
        } else if (v != null && v.length() > max) {
            problems.add(new FieldProblem(field, field + " must have at most " + max + " characters"));
        }
        return v;
    }

    private static void requireVersion(Integer version, List<FieldProblem> problems) {
        if (version == null) {
            problems.add(new FieldProblem("version", "version is required"));
        }
    }

    private static int indexOf(List<FrameworkNode> nodes, String code) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new NotFoundException("Framework node", code);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
