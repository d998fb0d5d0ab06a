package org.haven.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.core.FieldProblem;
import org.springframework.ui.Model;

/** Puts the problems of a rejected form into the model: a list for the summary and a map per field. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
        }
        model.addAttribute("problems", problems);
        model.addAttribute("errors", byField);
    }
}
