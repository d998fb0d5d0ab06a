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

/** Evaluation pages: the filtered list, one evaluation with its recommendations and lessons, record, edit, delete. */
@Controller
class EvaluationController {

    private final EvaluationService service;
    private final RecommendationService recommendations;
    private final LessonService lessons;
    private final LearningQueries queries;
    private final LearningOptions options;
    private final LearningAccess access;

    EvaluationController(EvaluationService service, RecommendationService recommendations, LessonService lessons,
            LearningQueries queries, LearningOptions options, LearningAccess access) {
        this.service = service;
        this.recommendations = recommendations;
        this.lessons = lessons;
        this.queries = queries;
        this.options = options;
        this.access = access;
    }

    @GetMapping("/learning/evaluations")
    String list(@RequestParam MultiValueMap<String, String> params, Model model) {
        LearningFilter filter;
        List<FieldProblem> problems = new ArrayList<>();
        try {
            filter = queries.filter(params);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            filter = LearningFilter.none();
        }
        var result = service.search(filter, LearningPages.page(params.getFirst("page")), LearningPages.PAGE_SIZE);
        model.addAttribute("result", result);
        LearningPages.pager(model, "/learning/evaluations", params, result);
        model.addAttribute("params", params.toSingleValueMap());
        model.addAttribute("problems", problems);
        model.addAttribute("nodesByKind", options.nodesByKind());
        model.addAttribute("activities", options.allActivities());
        model.addAttribute("canEdit", access.canEdit());
        return "learning/evaluations";
    }

    @GetMapping("/learning/evaluations/{id}")
    String detail(@PathVariable long id, Model model) {
        Evaluation evaluation = service.get(id);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("linkedActivities", options.activities(evaluation.activityCodes()));
        model.addAttribute("linkedNodes", options.nodes(evaluation.nodeCodes()));
        model.addAttribute("recommendations", recommendations.searchAll(RecommendationFilter.ofEvaluation(id)));
        model.addAttribute("lessons", lessons.searchAll(new LearningFilter(null, List.of(), null, id, null)));
        model.addAttribute("canEdit", access.canEdit());
        return "learning/evaluation";
    }

    @GetMapping("/learning/evaluations/new")
    String newForm(Model model) {
        access.requireEdit();
        return form(model, EvaluationForm.empty(), null);
    }

    @PostMapping("/learning/evaluations")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.requireEdit();
        EvaluationForm form = EvaluationForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        EvaluationInput input = form.toInput(problems);
        return FormSubmission.save(model, response, problems, () -> {
            Evaluation created = service.create(input);
            redirect.addFlashAttribute("flash", "learning.flash.evaluationSaved");
            return "redirect:/learning/evaluations/" + created.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/learning/evaluations/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireEdit();
        Evaluation evaluation = service.get(id);
        return form(model, EvaluationForm.of(evaluation), evaluation);
    }

    @PostMapping("/learning/evaluations/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.requireEdit();
        Evaluation evaluation = service.get(id);
        EvaluationForm form = EvaluationForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        EvaluationInput input = form.toInput(problems);
        return FormSubmission.save(model, response, problems, () -> {
            service.update(id, input);
            redirect.addFlashAttribute("flash", "learning.flash.evaluationSaved");
            return "redirect:/learning/evaluations/" + id;
        }, () -> form(model, form, evaluation));
    }

    @PostMapping("/learning/evaluations/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        access.requireEdit();
        Evaluation evaluation = service.get(id);
        service.delete(id);
        redirect.addFlashAttribute("flash", "learning.flash.evaluationDeleted");
        redirect.addFlashAttribute("flashArg", evaluation.title());
        return "redirect:/learning/evaluations";
    }

    private String form(Model model, EvaluationForm form, Evaluation evaluation) {
        FormSubmission.noProblems(model);
        model.addAttribute("form", form);
        model.addAttribute("evaluation", evaluation);
        options.addFormChoices(model, form.nodeCodes());
        return "learning/evaluation-form";
    }
}
