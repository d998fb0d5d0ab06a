package org.haven.indicator;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.FormSubmission;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Indicator pages: list with filters, detail, create and edit forms. */
@Controller
class IndicatorController {

    private final IndicatorService service;
    private final IndicatorViews views;
    private final FrameworkCatalog framework;

    IndicatorController(IndicatorService service, IndicatorViews views, FrameworkCatalog framework) {
        this.service = service;
        this.views = views;
        this.framework = framework;
    }

    @GetMapping("/indicators")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String node, @RequestParam(required = false) String source, Model model) {
        model.addAttribute("indicators", service.search(new IndicatorService.Filter(q, type, node, source)));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("node", node);
        model.addAttribute("source", source);
        model.addAttribute("types", IndicatorType.values());
        model.addAttribute("sources", IndicatorSource.values());
        model.addAttribute("nodes", linkableNodes());
        model.addAttribute("canEdit", service.canEdit());
        return "indicator/list";
    }

    @GetMapping("/indicators/{code}")
    String detail(@PathVariable String code, Model model) {
        model.addAttribute("detail", views.detail(service.get(code)));
        model.addAttribute("canEdit", service.canEdit());
        return "indicator/detail";
    }

    @GetMapping("/indicators/new")
    String createForm(Model model) {
        service.requireEditor();
        return form(model, IndicatorForm.blank(), true);
    }

    @PostMapping("/indicators")
    String create(@ModelAttribute("form") IndicatorForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(model, response, () -> {
            Indicator created = service.create(form);
            redirect.addFlashAttribute("flash", "indicator.saved");
            return "redirect:/indicators/" + created.code();
        }, () -> form(model, form, true));
    }

    @GetMapping("/indicators/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        service.requireEditor();
        return form(model, IndicatorForm.of(service.get(code)), false);
    }

    @PostMapping("/indicators/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") IndicatorForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(model, response, () -> {
            service.update(code, form);
            redirect.addFlashAttribute("flash", "indicator.saved");
            return "redirect:/indicators/" + code;
        }, () -> form(model, form, false));
    }

    private String form(Model model, IndicatorForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("types", IndicatorType.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("nodes", linkableNodes());
        return "indicator/form";
    }

    /** Nodes an indicator can link to: objectives, KCIs, pillars, TA services, contexts, levels and SDG targets. */
    private List<FrameworkNode> linkableNodes() {
        List<String> kinds = Arrays.asList("STRATEGIC_OBJECTIVE", "OPERATIONAL_OBJECTIVE", "KEY_CHANGE_INDICATOR",
                "PILLAR", "TA_SERVICE", "PRIORITY_CONTEXT", "CONTEXT_AIM", "ECOLOGICAL_LEVEL", "SDG_TARGET");
        return framework.all().stream().filter(n -> !n.retired() && kinds.contains(n.kind().name())).toList();
    }
}
