package org.haven.indicator;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.ConflictException;
import org.haven.core.FormSubmission;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The baselines and targets page of an indicator: a table per org unit with a chart of its total, a form to add a
 * baseline or target, and the same page with the form filled in to change or delete one.
 */
@Controller
class TargetController {

    private final TargetService service;
    private final TargetViews views;
    private final TargetValidator validator;

    TargetController(TargetService service, TargetViews views, TargetValidator validator) {
        this.service = service;
        this.views = views;
        this.validator = validator;
    }

    @GetMapping("/indicators/{code}/targets")
    String page(@PathVariable String code, @RequestParam(required = false) String orgUnit, Model model) {
        TargetInput form = TargetInput.blank();
        if (orgUnit != null && service.canEdit(orgUnit)) {
            form = new TargetInput(form.kind(), orgUnit, form.year(), "", "", "", "", null);
        }
        return page(model, service.indicator(code), form, null);
    }

    @PostMapping("/indicators/{code}/targets")
    String create(@PathVariable String code, @ModelAttribute TargetInput form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Indicator indicator = service.indicator(code);
        return FormSubmission.save(model, response,
                () -> saved(redirect, code, service.create(code, form).orgUnitCode()),
                () -> page(model, indicator, form, null));
    }

    @GetMapping("/indicators/{code}/targets/{id}/edit")
    String editForm(@PathVariable String code, @PathVariable long id, Model model) {
        IndicatorTarget row = service.get(code, id);
        if (!service.canEdit(row.orgUnitCode())) {
            throw new AccessDeniedException("You may not change baselines or targets of " + row.orgUnitCode());
        }
        return page(model, service.indicator(code), TargetInput.of(row), row);
    }

    @PostMapping("/indicators/{code}/targets/{id}")
    String update(@PathVariable String code, @PathVariable long id, @ModelAttribute TargetInput form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Indicator indicator = service.indicator(code);
        IndicatorTarget row = service.get(code, id);
        return FormSubmission.save(model, response,
                () -> saved(redirect, code, service.update(code, id, form).orgUnitCode()),
                () -> page(model, indicator, form, row));
    }

    @PostMapping("/indicators/{code}/targets/{id}/delete")
    String delete(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Integer version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Indicator indicator = service.indicator(code);
        IndicatorTarget row = service.get(code, id);
        try {
            service.delete(code, id, version);
            redirect.addFlashAttribute("flash", "target.deleted");
            return "redirect:/indicators/" + code + "/targets";
        } catch (ConflictException | InvalidInputException e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
        }
        return page(model, indicator, TargetInput.of(row), row);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error", HttpStatus.NOT_FOUND);
        mv.addObject("status", 404);
        return mv;
    }

    private static String saved(RedirectAttributes redirect, String code, String orgUnit) {
        redirect.addFlashAttribute("flash", "target.saved");
        return "redirect:/indicators/" + code + "/targets#ou-" + orgUnit;
    }

    private String page(Model model, Indicator indicator, TargetInput form, IndicatorTarget editing) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("sections", views.sections(indicator));
        model.addAttribute("years", TargetViews.YEARS);
        model.addAttribute("canEdit", service.canEditAny());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("orgUnits", views.editableOrgUnits());
        model.addAttribute("categories", validator.categories(indicator).values());
        return "indicator/targets";
    }
}
