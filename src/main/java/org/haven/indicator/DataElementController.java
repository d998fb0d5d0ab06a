package org.haven.indicator;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Data element and category pages: lists, detail, create and edit forms of data elements. */
@Controller
class DataElementController {

    private final DataElementService service;

    DataElementController(DataElementService service) {
        this.service = service;
    }

    @GetMapping("/dataelements")
    String list(Model model) {
        model.addAttribute("elements", service.elements());
        model.addAttribute("categories", service.categories());
        model.addAttribute("canEdit", service.canEdit());
        return "indicator/elements";
    }

    @GetMapping("/dataelements/{code}")
    String detail(@PathVariable String code, Model model) {
        DataElement element = service.get(code);
        model.addAttribute("element", element);
        model.addAttribute("categories", element.categoryCodes().stream().map(service::category).toList());
        model.addAttribute("usedBy", service.usedBy(code));
        model.addAttribute("canEdit", service.canEdit());
        return "indicator/element";
    }

    @GetMapping("/dataelements/new")
    String createForm(Model model) {
        service.requireEditor();
        return form(model, DataElementForm.blank(), true);
    }

    @PostMapping("/dataelements")
    String create(@ModelAttribute("form") DataElementForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(model, response, () -> {
            DataElement created = service.create(form);
            redirect.addFlashAttribute("flash", "element.saved");
            return "redirect:/dataelements/" + created.code();
        }, () -> form(model, form, true));
    }

    @GetMapping("/dataelements/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        service.requireEditor();
        return form(model, DataElementForm.of(service.get(code)), false);
    }

    @PostMapping("/dataelements/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") DataElementForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(model, response, () -> {
            service.update(code, form);
            redirect.addFlashAttribute("flash", "element.saved");
            return "redirect:/dataelements/" + code;
        }, () -> form(model, form, false));
    }

    @GetMapping("/categories")
    String categories(Model model) {
        model.addAttribute("categories", service.categories());
        model.addAttribute("canEdit", service.canEdit());
        return "indicator/categories";
    }

    private String form(Model model, DataElementForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("valueTypes", ValueType.values());
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("allCategories", service.categories());
        return "indicator/element-form";
    }
}
