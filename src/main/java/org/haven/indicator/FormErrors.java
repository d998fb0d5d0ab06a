package org.haven.indicator;

import java.util.List;

import org.haven.core.FieldProblem;
import org.springframework.ui.Model;

/** Puts the problems of a rejected form into the model: a list for the summary and a map per field. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(Model model, List<FieldProblem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldProblem.byField(problems));
    }
}
