package org.haven.framework;

import java.util.Map;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that change the framework (ADMIN and MEL_OFFICER; the service refuses everyone else with 403): add a
 * node, rename and describe it, move it among its siblings, retire and restore it.
 */
@Controller
class FrameworkEditController {

    private final FrameworkService framework;

    FrameworkEditController(FrameworkService framework) {
        this.framework = framework;
    }

    @GetMapping("/framework/nodes/new")
    String newForm(@RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "parentCode", required = false) String parentCode, Model model) {
        framework.requireEditor();
        return createPage(new NodeInput.Draft(kind, null, parentCode, null, null, null, null), Map.of(), model);
    }

    @PostMapping("/framework/nodes")
    String create(@ModelAttribute("form") NodeInput.Draft form, Model model, RedirectAttributes redirect) {
        try {
            FrameworkNode created = framework.create(form);
            redirect.addFlashAttribute("flash", "framework.flash.created");
            return "redirect:/framework/nodes/" + created.code();
        } catch (InvalidInputException e) {
            return createPage(form, errors(e), model);
        }
    }

    @GetMapping("/framework/nodes/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        framework.requireEditor();
        FrameworkNode node = framework.get(code);
        NodeInput.Edit form = new NodeInput.Edit(node.title(), node.shortTitle(), node.description(), node.version(), null);
        return editPage(node, form, Map.of(), false, model);
    }

    @PostMapping("/framework/nodes/{code}")
    String edit(@PathVariable String code, @ModelAttribute("form") NodeInput.Edit form, Model model,
            RedirectAttributes redirect) {
        try {
            framework.edit(code, form);
            redirect.addFlashAttribute("flash", "framework.flash.saved");
            return "redirect:/framework/nodes/" + code;
        } catch (InvalidInputException e) {
            return editPage(framework.get(code), form, errors(e), false, model);
        } catch (ConflictException e) {
            return editPage(framework.get(code), form, Map.of(), true, model);
        }
    }

    @PostMapping("/framework/nodes/{code}/move")
    String move(@PathVariable String code, @RequestParam("direction") String direction,
            @RequestParam("version") int version,
            @RequestParam(name = "retired", defaultValue = "false") boolean showRetired, RedirectAttributes redirect) {
        try {
            framework.move(code, "up".equals(direction), version, null);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", "common.conflict");
        }
        return "redirect:/framework" + (showRetired ? "?retired=true" : "") + "#node-" + code;
    }

    @PostMapping("/framework/nodes/{code}/retire")
    String retire(@PathVariable String code, @RequestParam("version") int version,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        return setRetired(code, true, version, note, redirect);
    }

    @PostMapping("/framework/nodes/{code}/restore")
    String restore(@PathVariable String code, @RequestParam("version") int version,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        return setRetired(code, false, version, note, redirect);
    }

    private String setRetired(String code, boolean retired, int version, String note, RedirectAttributes redirect) {
        try {
            framework.setRetired(code, retired, version, note);
            redirect.addFlashAttribute("flash", retired ? "framework.flash.retired" : "framework.flash.restored");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", "common.conflict");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problemText", e.getMessage());
        }
        return "redirect:/framework/nodes/" + code;
    }

    private String createPage(NodeInput.Draft form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", NodeKind.values());
        model.addAttribute("parents", framework.current().stream()
                .filter(n -> !n.retired() && n.parentCode() == null)
                .filter(n -> n.kind() == NodeKind.PILLAR || n.kind() == NodeKind.PRIORITY_CONTEXT
                        || n.kind() == NodeKind.SDG_GOAL || n.kind() == NodeKind.IMPLEMENTER)
                .toList());
        return "framework/new";
    }

    private String editPage(FrameworkNode node, NodeInput.Edit form, Map<String, String> errors, boolean conflict,
            Model model) {
        model.addAttribute("node", node);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "framework/edit";
    }

    private static Map<String, String> errors(InvalidInputException e) {
        return FieldProblem.byField(e.problems());
    }
}
