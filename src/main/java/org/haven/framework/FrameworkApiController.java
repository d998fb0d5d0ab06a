package org.haven.framework;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.core.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The results framework as JSON: the whole tree (today or as of a date), one node, and changes for editors. */
@RestController
@RequestMapping("/api/v1/framework")
@Tag(name = "Framework", description = "The Strategy's results framework and its history")
class FrameworkApiController {

    private final FrameworkService framework;

    FrameworkApiController(FrameworkService framework) {
        this.framework = framework;
    }

    /** The framework as a tree; asOf is the date it describes (today when not asked for a date). */
    record Tree(String asOf, boolean includeRetired, List<TreeNode> nodes) {
    }

    record TreeNode(String code, NodeKind kind, String parentCode, String title, String shortTitle, String description,
            int sortOrder, boolean retired, List<TreeNode> children) {

        static TreeNode of(FrameworkTree.TreeNode t) {
            NodeState n = t.node();
            return new TreeNode(n.code(), n.kind(), n.parentCode(), n.title(), n.shortTitle(), n.description(),
                    n.sortOrder(), n.retired(), t.children().stream().map(TreeNode::of).toList());
        }
    }

    /** One node of today's framework, with the version to send back when changing it and its children's codes. */
    record Node(String code, NodeKind kind, String parentCode, String title, String shortTitle, String description,
            int sortOrder, boolean retired, int version, List<String> children) {
    }

    @GetMapping
    @Operation(summary = "The whole framework as a tree",
            description = "Top-level nodes in framework order with their children nested. With asOf=YYYY-MM-DD, the "
                    + "framework as it was at the end of that day (UTC). Retired nodes only with includeRetired=true.")
    Tree tree(@Parameter(description = "date YYYY-MM-DD; default today") @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "false") boolean includeRetired) {
        List<NodeState> nodes;
        String date;
        if (asOf == null || asOf.isBlank()) {
            nodes = framework.today();
            date = LocalDate.now(ZoneOffset.UTC).toString();
        } else {
            LocalDate day = parse(asOf);
            nodes = framework.asOf(day);
            date = day.toString();
        }
        return new Tree(date, includeRetired,
                FrameworkTree.roots(nodes, includeRetired).stream().map(TreeNode::of).toList());
    }

    @GetMapping("/nodes/{code}")
    @Operation(summary = "One framework node of today's framework (404 if the code is unknown)")
    Node node(@PathVariable String code) {
        return json(framework.get(code));
    }

    @PostMapping("/nodes")
    @Operation(summary = "Add a framework node (ADMIN, MEL_OFFICER)",
            description = "kind and code are required; code is A-Z, 0-9, '.', '-' and never changes. parentCode must "
                    + "name an existing node that fits: TA_SERVICE under a PILLAR, CONTEXT_AIM under a PRIORITY_CONTEXT, "
                    + "SDG_TARGET under an SDG_GOAL, IMPLEMENTER units under an IMPLEMENTER. note is the change note.")
    ResponseEntity<Node> create(@RequestBody NodeInput.Draft body) {
        FrameworkNode created = framework.create(body);
        return ResponseEntity.created(URI.create("/api/v1/framework/nodes/" + created.code())).body(json(created));
    }

    @PutMapping("/nodes/{code}")
    @Operation(summary = "Change a framework node (ADMIN, MEL_OFFICER)",
            description = "Replaces title, shortTitle and description; sortOrder and retired are changed when given. "
                    + "version must be the node's current version (409 if someone changed it since). note is the change note.")
    Node update(@PathVariable String code, @RequestBody NodeInput.Change body) {
        return json(framework.change(code, body));
    }

    private Node json(FrameworkNode n) {
        return new Node(n.code(), n.kind(), n.parentCode(), n.title(), n.shortTitle(), n.description(), n.sortOrder(),
                n.retired(), n.version(), framework.children(n.code()).stream().map(FrameworkNode::code).toList());
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("asOf", "asOf must be a date YYYY-MM-DD");
        }
    }
}
