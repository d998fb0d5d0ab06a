package org.haven.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.PageResult;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Action Plan pages: filtered list, detail with progress history, create, edit, delete, progress updates. */
@Controller
class ActivityController {

    static final int PAGE_SIZE = 25;

    private final ActivityService service;
    private final ActivityAccess access;
    private final PlanOptions options;

    ActivityController(ActivityService service, ActivityAccess access, PlanOptions options) {
        this.service = service;
        this.access = access;
        this.options = options;
    }

    @GetMapping("/activities")
    String list(@RequestParam MultiValueMap<String, String> params, Model model) {
        ActivityFilter filter;
        List<FieldProblem> problems = new ArrayList<>();
        try {
            filter = ActivityFilter.from(params);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            filter = ActivityFilter.none();
        }
        int page = pageNumber(params.getFirst("page"));
        PageResult<Activity> result = service.search(filter, page, PAGE_SIZE);
        Map<String, String> titles = new LinkedHashMap<>();
        for (String code : filter.requiredNodes()) {
            options.node(code).ifPresent(n -> titles.put(code, n.label()));
        }
        model.addAttribute("view", ActivityListView.of(result, filter, titles));
        model.addAttribute("filter", filter);
        model.addAttribute("problems", problems);
        model.addAttribute("canManage", access.canManage());
        model.addAttribute("areaName", filter.area() == null ? null
                : options.area(filter.area()).map(u -> u.name()).orElse(filter.area()));
        options.addTo(model, false);
        model.addAttribute("kindFilters", kindFilters(filter));
        return "plan/list";
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, Model model) {
        Activity activity = service.get(id);
        addDetail(model, activity, new ProgressInput(java.time.LocalDate.now(), null, activity.status().name(),
                activity.percentComplete()), Map.of());
        return "plan/detail";
    }

    @PostMapping("/activities/{id}/progress")
    String addProgress(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        ProgressInput input = new ProgressInput(ActivityForm.date("reportDate", params.getFirst("reportDate"), problems),
                params.getFirst("narrative"), params.getFirst("status"),
                ActivityForm.integer("percentComplete", params.getFirst("percentComplete"), problems));
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            service.addProgress(id, input);
        } catch (InvalidInputException e) {
            Activity activity = service.get(id);
            addDetail(model, activity, input, errors(e.problems()));
            model.addAttribute("progressProblems", e.problems());
            return "plan/detail";
        } catch (ConflictException e) {
            addDetail(model, service.get(id), input, Map.of());
            model.addAttribute("conflict", true);
            return "plan/detail";
        }
        redirect.addFlashAttribute("flash", "plan.flash.progress");
        return "redirect:/activities/" + id + "#progress";
    }

    @GetMapping("/activities/new")
    String newForm(Model model) {
        access.requireManage();
        return form(model, ActivityForm.empty(), null, List.of(), false);
    }

    @PostMapping("/activities")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        access.requireManage();
        ActivityForm form = ActivityForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        ActivityInput input = form.toInput(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Activity created = service.create(input);
            redirect.addFlashAttribute("flash", "plan.flash.created");
            return "redirect:/activities/" + created.id();
        } catch (InvalidInputException e) {
            return form(model, form, null, e.problems(), false);
        }
    }

    @GetMapping("/activities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Activity activity = service.get(id);
        access.requireEdit(activity);
        return form(model, ActivityForm.of(activity), activity, List.of(), false);
    }

    @PostMapping("/activities/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Activity activity = service.get(id);
        access.requireEdit(activity);
        ActivityForm form = ActivityForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        ActivityInput input = form.toInput(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            service.update(id, input);
            redirect.addFlashAttribute("flash", "plan.flash.updated");
            return "redirect:/activities/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, activity, e.problems(), false);
        } catch (ConflictException e) {
            return form(model, form, activity, List.of(), true);
        }
    }

    @PostMapping("/activities/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Activity activity = service.get(id);
        service.delete(id);
        redirect.addFlashAttribute("flash", "plan.flash.deleted");
        redirect.addFlashAttribute("flashArg", activity.code());
        return "redirect:/activities";
    }

    private String form(Model model, ActivityForm form, Activity activity, List<FieldProblem> problems, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("activity", activity);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors(problems));
        model.addAttribute("conflict", conflict);
        options.addTo(model, true);
        return "plan/form";
    }

    private void addDetail(Model model, Activity activity, ProgressInput progress, Map<String, String> errors) {
        model.addAttribute("activity", activity);
        Map<String, List<FrameworkNode>> linked = new LinkedHashMap<>();
        options.group(activity.nodeCodes()).forEach((kind, nodes) -> linked.put(kind.name(), nodes));
        model.addAttribute("linked", linked);
        model.addAttribute("lead", options.node(activity.leadImplementer()).orElse(null));
        model.addAttribute("areas", options.areas(activity.areaCodes()));
        model.addAttribute("activityPartners", options.partners(activity.partnerCodes()));
        model.addAttribute("history", service.progress(activity.id()));
        model.addAttribute("progress", progress);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("canEdit", access.canEdit(activity));
        model.addAttribute("canManage", access.canManage());
        model.addAttribute("canReport", access.canReport(activity));
        model.addAttribute("today", java.time.LocalDate.now());
    }

    /** One per-kind filter select of the list: its parameter, its options and its current value. */
    record KindFilter(String param, List<FrameworkNode> nodes, String current) {
    }

    private List<KindFilter> kindFilters(ActivityFilter f) {
        Map<NodeKind, List<FrameworkNode>> byKind = options.nodesByKind();
        String[] current = {f.so(), f.oo(), f.pillar(), f.ta(), f.context(), f.aim(), f.level(), f.sdg()};
        NodeKind[] kinds = {NodeKind.STRATEGIC_OBJECTIVE, NodeKind.OPERATIONAL_OBJECTIVE, NodeKind.PILLAR,
                NodeKind.TA_SERVICE, NodeKind.PRIORITY_CONTEXT, NodeKind.CONTEXT_AIM, NodeKind.ECOLOGICAL_LEVEL,
                NodeKind.SDG_TARGET};
        List<KindFilter> filters = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            filters.add(new KindFilter(ActivityFilter.KIND_PARAMS.get(i), byKind.getOrDefault(kinds[i], List.of()), current[i]));
        }
        return filters;
    }

    static Map<String, String> errors(List<FieldProblem> problems) {
        return FieldProblem.byField(problems);
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
