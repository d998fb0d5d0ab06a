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

/** Create and edit forms of disaggregation categories (the list is on /categories). */
@Controller
class CategoryController {

    private final CategoryService service;

    CategoryController(CategoryService service) {
        this.service = service;
    }

    @GetMapping("/categories/new")
    String createForm(Model model) {
        service.requireEditor();
        return form(model, CategoryForm.blank(), true);
    }

    @PostMapping("/categories")
    String create(@ModelAttribute("form") CategoryForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(model, response, () -> {
            Category created = service.create(form);
            redirect.addFlashAttribute("flash", "category.saved");
            return "redirect:/categories#category-" + created.code();
        }, () -> form(model, form, true));
    }

    @GetMapping("/categories/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        service.requireEditor();
        return form(model, CategoryForm.of(service.get(code)), false);
    }

    @PostMapping("/categories/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") CategoryForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(model, response, () -> {
            service.update(code, form);
            redirect.addFlashAttribute("flash", "category.saved");
            return "redirect:/categories#category-" + code;
        }, () -> form(model, form, false));
    }

    private String form(Model model, CategoryForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        return "indicator/category-form";
    }
}
