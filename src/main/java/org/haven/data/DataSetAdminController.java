package org.haven.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of data sets (everyone) and their create and edit forms (ADMIN, MEL_OFFICER). */
@Controller
class DataSetAdminController {

    private final DataSetAdminService service;
    private final DataElementCatalog elements;

    DataSetAdminController(DataSetAdminService service, DataElementCatalog elements) {
        this.service = service;
        this.elements = elements;
    }

    @GetMapping("/data/sets")
    String list(Model model) {
        model.addAttribute("sets", service.all());
        model.addAttribute("canEdit", service.canEdit());
        return "data/datasets";
    }

    @GetMapping("/data/sets/new")
    String createForm(Model model) {
        service.requireEditor();
        return form(model, DataSetAdminForm.blank(), true);
    }

    @PostMapping("/data/sets")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        DataSetAdminForm form = DataSetAdminForm.from(params);
        try {
            DataSetAdminRow row = service.create(form);
            redirect.addFlashAttribute("flash", "dataset.saved");
            return "redirect:/data/sets#set-" + row.code();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            addErrors(model, e.problems());
        }
        return form(model, form, true);
    }

    @GetMapping("/data/sets/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        service.requireEditor();
        return form(model, DataSetAdminForm.of(service.get(code)), false);
    }

    @PostMapping("/data/sets/{code}")
    String update(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        DataSetAdminForm form = DataSetAdminForm.from(params);
        try {
            service.update(code, form);
            redirect.addFlashAttribute("flash", "dataset.saved");
            return "redirect:/data/sets#set-" + code;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            addErrors(model, e.problems());
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
        }
        DataSetAdminForm shown = new DataSetAdminForm(code, form.name(), form.periodType(), form.openDays(),
                form.version(), form.elements(), form.orders());
        return form(model, shown, false);
    }

    private String form(Model model, DataSetAdminForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("periodTypes", PeriodType.values());
        // picked elements first, in their order, then the rest of the registry by code
        List<ElementDefinition> all = elements.elements();
        List<ElementDefinition> ordered = new ArrayList<>();
        for (String code : form.elements()) {
            all.stream().filter(e -> e.code().equals(code)).findFirst().ifPresent(ordered::add);
        }
        all.stream().filter(e -> !form.selected(e.code())).forEach(ordered::add);
        model.addAttribute("elements", ordered);
        return "data/datasets-form";
    }

    private static void addErrors(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
        }
        model.addAttribute("problems", problems);
        model.addAttribute("errors", byField);
    }
}
