package org.haven.core;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * The one way a page form is saved: run the save and follow its redirect, or answer 400 with the problems (a list
 * for the summary as "problems", a map per field as "errors") or 409 on a stale version ("conflict"), and show the
 * form again with what was typed.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** {@code save} stores and returns the redirect view; {@code reshow} renders the form with what was typed. */
    public static String save(Model model, HttpServletResponse response, Supplier<String> save,
            Supplier<String> reshow) {
        return save(model, response, List.of(), save, reshow);
    }

    /**
     * As {@link #save(Model, HttpServletResponse, Supplier, Supplier)}, but {@code parseProblems} (values of the form
     * that did not even parse) are answered like the service's own problems and {@code save} does not run.
     */
    public static String save(Model model, HttpServletResponse response, List<FieldProblem> parseProblems,
            Supplier<String> save, Supplier<String> reshow) {
        try {
            if (!parseProblems.isEmpty()) {
                throw new InvalidInputException(parseProblems);
            }
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

    /** Puts the problems on the model as the page templates read them. */
    public static void addProblems(Model model, List<FieldProblem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldProblem.byField(problems));
    }

    /** Empty problems and no conflict, unless a failed save already put them on the model. */
    public static void noProblems(Model model) {
        if (!model.containsAttribute("problems")) {
            addProblems(model, List.of());
        }
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", false);
        }
    }
}
