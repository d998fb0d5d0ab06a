package org.haven.framework;

import java.time.LocalDate;
import java.util.Arrays;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The framework pages everyone logged in can read: browse, one node, and the framework as of a date. */
@Controller
class FrameworkController {

    /** The Strategy's publication: the default date of the history page. */
    static final LocalDate PUBLISHED = LocalDate.of(2023, 11, 1);

    private final FrameworkService framework;
    private final ObjectProvider<NodeLinkContributor> contributors;

    FrameworkController(FrameworkService framework, ObjectProvider<NodeLinkContributor> contributors) {
        this.framework = framework;
        this.contributors = contributors;
    }

    /** One node page section filled by another feature: its heading's message key and the linked items. */
    record LinkSection(String key, List<NodeLinkContributor.NodeLink> items) {
    }

    @GetMapping("/framework")
    String browse(@RequestParam(name = "retired", defaultValue = "false") boolean showRetired, Model model) {
        List<FrameworkNode> nodes = framework.current();
        Map<String, Integer> versions = new LinkedHashMap<>();
        nodes.forEach(n -> versions.put(n.code(), n.version()));
        model.addAttribute("sections", FrameworkTree.sections(nodes.stream().map(NodeState::of).toList(), showRetired));
        model.addAttribute("versions", versions);
        model.addAttribute("showRetired", showRetired);
        model.addAttribute("canEdit", framework.canEdit());
        return "framework/index";
    }

    @GetMapping("/framework/nodes/{code}")
    String node(@PathVariable String code, Model model) {
        FrameworkNode node = framework.get(code);
        model.addAttribute("node", node);
        model.addAttribute("parent", node.parentCode() == null ? null : framework.get(node.parentCode()));
        model.addAttribute("children", framework.children(code));
        model.addAttribute("links", contributors.orderedStream()
                .map(c -> new LinkSection(c.sectionKey(), c.linkedTo(code))).toList());
        model.addAttribute("history", framework.historyOf(code));
        model.addAttribute("canEdit", framework.canEdit());
        model.addAttribute("childKind", node.retired() || node.parentCode() != null ? null
                : Arrays.stream(NodeKind.values()).filter(k -> FrameworkService.parentKind(k) == node.kind())
                        .findFirst().orElse(null));
        return "framework/node";
    }

    @GetMapping("/framework/history")
    String history(@RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "retired", defaultValue = "false") boolean showRetired, Model model) {
        LocalDate day = PUBLISHED;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute("dateError", true);
            }
        }
        List<NodeState> then = framework.asOf(day);
        model.addAttribute("date", day);
        model.addAttribute("dateText", model.containsAttribute("dateError") ? date : day.toString());
        model.addAttribute("showRetired", showRetired);
        model.addAttribute("empty", then.isEmpty());
        model.addAttribute("sections", FrameworkTree.sections(then, showRetired));
        model.addAttribute("comparison", FrameworkHistory.compare(then, framework.today()));
        model.addAttribute("recent", framework.recentChanges());
        return "framework/history";
    }
}
