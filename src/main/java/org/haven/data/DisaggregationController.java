package org.haven.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.IndicatorDefinitions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /data/disaggregation/{element}: change a data element's categories after values exist. The admin enters the new
 * categories and option mappings, sees a preview (values per old and new combination, collisions summed, cells
 * that keep an entered value) and applies it.
 */
@Controller
class DisaggregationController {

    private final DisaggregationChange change;
    private final DataElementCatalog elements;
    private final IndicatorDefinitions registry;

    DisaggregationController(DisaggregationChange change, DataElementCatalog elements, IndicatorDefinitions registry) {
        this.change = change;
        this.elements = elements;
        this.registry = registry;
    }

    @GetMapping("/data/disaggregation/{element}")
    String form(@PathVariable String element, Model model) {
        ElementDefinition e = element(element);
        return page(model, e, String.join(", ", codes(e)), "", registry.elementVersion(element).orElse(0));
    }

    @PostMapping("/data/disaggregation/{element}/preview")
    String preview(@PathVariable String element, @RequestParam(defaultValue = "") String categories,
            @RequestParam(defaultValue = "") String mappings, @RequestParam int version, Model model,
            HttpServletResponse response) {
        requireEditor();
        ElementDefinition e = element(element);
        try {
            model.addAttribute("preview", change.preview(plan(element, categories, mappings)));
        } catch (InvalidInputException ex) {
            response.setStatus(400);
            ValidationPages.errors(model, ex.problems());
        }
        return page(model, e, categories, mappings, version);
    }

    @PostMapping("/data/disaggregation/{element}")
    String apply(@PathVariable String element, @RequestParam(defaultValue = "") String categories,
            @RequestParam(defaultValue = "") String mappings, @RequestParam int version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor();
        ElementDefinition e = element(element);
        try {
            DisaggregationPreview done = change.apply(plan(element, categories, mappings), version);
            redirect.addFlashAttribute("flash", "disagg.applied");
            redirect.addFlashAttribute("applied", done);
            return "redirect:/data/disaggregation/" + element;
        } catch (InvalidInputException ex) {
            response.setStatus(400);
            ValidationPages.errors(model, ex.problems());
        } catch (ConflictException ex) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
        }
        return page(model, e, categories, mappings, version);
    }

    private DisaggregationPlan plan(String element, String categories, String mappings) {
        List<String> problems = new ArrayList<>();
        Map<String, String> map = DisaggregationPlan.parseMappings(mappings, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new FieldProblem("mappings", p)).toList());
        }
        List<String> cats = Arrays.stream(categories.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        return new DisaggregationPlan(element, cats, map);
    }

    private String page(Model model, ElementDefinition e, String categories, String mappings, int version) {
        model.addAttribute("element", e);
        model.addAttribute("current", codes(e));
        model.addAttribute("categories", categories);
        model.addAttribute("mappings", mappings);
        model.addAttribute("version", version);
        model.addAttribute("allCategories", registry.categories());
        model.addAttribute("history", change.mappings(e.code()));
        model.addAttribute("canChange", change.canChange());
        return "data/disaggregation";
    }

    private ElementDefinition element(String code) {
        return elements.element(code).orElseThrow(() -> new NotFoundException("Data element", code));
    }

    private static List<String> codes(ElementDefinition e) {
        return e.categories().stream().map(CategoryDefinition::code).toList();
    }

    private void requireEditor() {
        if (!change.canChange()) {
            throw new AccessDeniedException("Only ADMIN and MEL_OFFICER may change a data element's disaggregation");
        }
    }
}
