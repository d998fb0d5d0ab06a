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

/** Lesson pages: the filtered list, one lesson, record, edit, delete. */
@Controller
class LessonController {

    private final LessonService service;
    private final EvaluationService evaluations;
    private final LearningQueries queries;
    private final LearningOptions options;
    private final LearningAccess access;

    LessonController(LessonService service, EvaluationService evaluations, LearningQueries queries,
            LearningOptions options, LearningAccess access) {
        this.service = service;
        this.evaluations = evaluations;
        this.queries = queries;
        this.options = options;
        this.access = access;
    }

    @GetMapping("/learning/lessons")
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
        LearningPages.pager(model, "/learning/lessons", params, result);
        model.addAttribute("params", params.toSingleValueMap());
        model.addAttribute("problems", problems);
        model.addAttribute("nodesByKind", options.nodesByKind());
        model.addAttribute("activities", options.allActivities());
        model.addAttribute("canEdit", access.canEdit());
        return "learning/lessons";
    }

    @GetMapping("/learning/lessons/{id}")
    String detail(@PathVariable long id, Model model) {
        Lesson lesson = service.get(id);
        model.addAttribute("lesson", lesson);
        model.addAttribute("evaluation", lesson.evaluationId() == null ? null : evaluations.get(lesson.evaluationId()));
        model.addAttribute("linkedActivities", options.activities(lesson.activityCodes()));
        model.addAttribute("linkedNodes", options.nodes(lesson.nodeCodes()));
        model.addAttribute("linkedContexts", options.nodes(lesson.contextCodes()));
        model.addAttribute("canEdit", access.canEdit());
        return "learning/lesson";
    }

    @GetMapping("/learning/lessons/new")
    String newForm(@RequestParam(required = false) Long evaluation, Model model) {
        access.requireEdit();
        return form(model, LessonForm.empty(evaluation), null);
    }

    @PostMapping("/learning/lessons")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.requireEdit();
        LessonForm form = LessonForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        LessonInput input = form.toInput(problems);
        return FormSubmission.save(model, response, problems, () -> {
            Lesson created = service.create(input);
            redirect.addFlashAttribute("flash", "learning.flash.lessonSaved");
            return "redirect:/learning/lessons/" + created.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/learning/lessons/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireEdit();
        Lesson lesson = service.get(id);
        return form(model, LessonForm.of(lesson), lesson);
    }

    @PostMapping("/learning/lessons/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.requireEdit();
        Lesson lesson = service.get(id);
        LessonForm form = LessonForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        LessonInput input = form.toInput(problems);
        return FormSubmission.save(model, response, problems, () -> {
            service.update(id, input);
            redirect.addFlashAttribute("flash", "learning.flash.lessonSaved");
            return "redirect:/learning/lessons/" + id;
        }, () -> form(model, form, lesson));
    }

    @PostMapping("/learning/lessons/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        access.requireEdit();
        Lesson lesson = service.get(id);
        service.delete(id);
        redirect.addFlashAttribute("flash", "learning.flash.lessonDeleted");
        redirect.addFlashAttribute("flashArg", lesson.title());
        return "redirect:/learning/lessons";
    }

    private String form(Model model, LessonForm form, Lesson lesson) {
        FormSubmission.noProblems(model);
        model.addAttribute("form", form);
        model.addAttribute("lesson", lesson);
        List<String> linked = new ArrayList<>(form.nodeCodes());
        linked.addAll(form.contextCodes());
        options.addFormChoices(model, linked);
        return "learning/lesson-form";
    }
}
