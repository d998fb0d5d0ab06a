package org.haven.learning;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.FieldProblem;
import org.haven.core.FormSubmission;
import org.haven.core.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recommendation pages: the list across evaluations (overdue first, filterable), and the form to record one for an
 * evaluation or change it, its management response and follow-up. Each recommendation is shown on its evaluation.
 */
@Controller
class RecommendationController {

    private final RecommendationService service;
    private final EvaluationService evaluations;
    private final LearningQueries queries;
    private final LearningOptions options;
    private final LearningAccess access;

    RecommendationController(RecommendationService service, EvaluationService evaluations, LearningQueries queries,
            LearningOptions options, LearningAccess access) {
        this.service = service;
        this.evaluations = evaluations;
        this.queries = queries;
        this.options = options;
        this.access = access;
    }

    @GetMapping("/learning/recommendations")
    String list(@RequestParam MultiValueMap<String, String> params, Model model) {
        RecommendationFilter filter;
        List<FieldProblem> problems = new ArrayList<>();
        try {
            filter = queries.recommendations(params);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            filter = new RecommendationFilter(null, null, null, null, false, List.of(), null);
        }
        var result = service.search(filter, LearningPages.page(params.getFirst("page")), LearningPages.PAGE_SIZE);
        model.addAttribute("result", result);
        LearningPages.pager(model, "/learning/recommendations", params, result);
        model.addAttribute("params", params.toSingleValueMap());
        model.addAttribute("problems", problems);
        model.addAttribute("nodesByKind", options.nodesByKind());
        model.addAttribute("responses", ManagementResponse.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("overdueCount", service.countOverdue());
        return "learning/recommendations";
    }

    @GetMapping("/learning/evaluations/{evaluationId}/recommendations/new")
    String newForm(@PathVariable long evaluationId, Model model) {
        access.requireEdit();
        return form(model, RecommendationForm.empty(), evaluations.get(evaluationId), null);
    }

    @PostMapping("/learning/evaluations/{evaluationId}/recommendations")
    String create(@PathVariable long evaluationId, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.requireEdit();
        Evaluation evaluation = evaluations.get(evaluationId);
        RecommendationForm form = RecommendationForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        RecommendationInput input = form.toInput(evaluationId, problems);
        return FormSubmission.save(model, response, problems, () -> {
            Recommendation created = service.create(input);
            redirect.addFlashAttribute("flash", "learning.flash.recommendationSaved");
            return "redirect:/learning/evaluations/" + evaluationId + "#recommendation-" + created.id();
        }, () -> form(model, form, evaluation, null));
    }

    @GetMapping("/learning/recommendations/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireEdit();
        Recommendation recommendation = service.get(id);
        return form(model, RecommendationForm.of(recommendation), evaluations.get(recommendation.evaluationId()),
                recommendation);
    }

    @PostMapping("/learning/recommendations/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.requireEdit();
        Recommendation recommendation = service.get(id);
        Evaluation evaluation = evaluations.get(recommendation.evaluationId());
        RecommendationForm form = RecommendationForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        RecommendationInput input = form.toInput(evaluation.id(), problems);
        return FormSubmission.save(model, response, problems, () -> {
            service.update(id, input);
            redirect.addFlashAttribute("flash", "learning.flash.recommendationSaved");
            return "redirect:/learning/evaluations/" + evaluation.id() + "#recommendation-" + id;
        }, () -> form(model, form, evaluation, recommendation));
    }

    @PostMapping("/learning/recommendations/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        access.requireEdit();
        Recommendation recommendation = service.get(id);
        service.delete(id);
        redirect.addFlashAttribute("flash", "learning.flash.recommendationDeleted");
        return "redirect:/learning/evaluations/" + recommendation.evaluationId() + "#recommendations";
    }

    private String form(Model model, RecommendationForm form, Evaluation evaluation, Recommendation recommendation) {
        FormSubmission.noProblems(model);
        model.addAttribute("form", form);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("responses", ManagementResponse.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        return "learning/recommendation-form";
    }
}
