package org.haven.indicator;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.ui.Model;

/**
 * The one way the registry's forms are saved: run the save and follow its redirect, or answer 400 with the
 * problems (a list for the summary, a map per field) or 409 on a stale version, and show the form again.
 */
final class FormSubmission {

    private FormSubmission() {
    }

    /** {@code save} stores and returns the redirect view; {@code reshow} renders the form with what was typed. */
    static String save(Model model, HttpServletResponse response, Supplier<String> save, Supplier<String> reshow) {
        try {
            return save.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            addProblems(model, e.problems());
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
        }
        return reshow.get();
    }

    static void addProblems(Model model, List<FieldProblem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldProblem.byField(problems));
    }
}
