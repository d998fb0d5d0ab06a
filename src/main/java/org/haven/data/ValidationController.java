package org.haven.data;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.ConflictException;
import org.haven.core.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs validation over a selection (/data/validation) and lists and edits the rules (/data/validation/rules). */
@Controller
class ValidationController {

    /** A violation with the link to its cell in the entry form (null when no data set holds the elements). */
    record Row(ValidationViolation violation, String entryLink) {
    }

    private final ValidationRunner runner;
    private final ValidationRuleService rules;
    private final ValidationPages pages;

    ValidationController(ValidationRunner runner, ValidationRuleService rules, ValidationPages pages) {
        this.runner = runner;
        this.rules = rules;
        this.pages = pages;
    }

    @GetMapping("/data/validation")
    String run(@ModelAttribute ValidationSelection selection, Model model) {
        ValidationSelection.Resolved resolved = pages.prepare(selection, model);
        if (resolved != null) {
            List<ValidationViolation> found = runner.violations(resolved.orgUnits(), resolved.periods(),
                    resolved.elements(), resolved.children());
            model.addAttribute("rows", found.stream().map(v -> new Row(v, pages.entryLink(resolved.dataSet(),
                    v.rule().elements(), v.orgUnit(), v.period()))).toList());
        }
        model.addAttribute("recorded", runner.recorded(20));
        model.addAttribute("canEdit", rules.canEdit());
        return "data/validation";
    }

    @GetMapping("/data/validation/rules")
    String rules(Model model) {
        model.addAttribute("rules", rules.rules());
        model.addAttribute("canEdit", rules.canEdit());
        return "data/validation-rules";
    }

    @GetMapping("/data/validation/rules/new")
    String createForm(Model model) {
        requireEditor();
        return form(model, ValidationRuleForm.blank(), true);
    }

    @PostMapping("/data/validation/rules")
    String create(@ModelAttribute("form") ValidationRuleForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            rules.create(form);
            redirect.addFlashAttribute("flash", "validation.rule.saved");
            return "redirect:/data/validation/rules";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            ValidationPages.errors(model, e.problems());
            return form(model, form, true);
        }
    }

    @GetMapping("/data/validation/rules/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        requireEditor();
        return form(model, ValidationRuleForm.of(rules.get(code)), false);
    }

    @PostMapping("/data/validation/rules/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") ValidationRuleForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            rules.update(code, form);
            redirect.addFlashAttribute("flash", "validation.rule.saved");
            return "redirect:/data/validation/rules";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            ValidationPages.errors(model, e.problems());
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
        }
        return form(model, new ValidationRuleForm(code, form.name(), form.description(), form.left(), form.operator(),
                form.right(), form.severity(), form.missingAsZero(), form.version()), false);
    }

    private String form(Model model, ValidationRuleForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("operators", List.of(ValidationOperator.values()));
        model.addAttribute("severities", Set.of(ValidationSeverity.values()).stream().sorted().toList());
        return "data/validation-rule-form";
    }

    private void requireEditor() {
        if (!rules.canEdit()) {
            throw new AccessDeniedException("Only ADMIN and MEL_OFFICER may change validation rules");
        }
    }
}
