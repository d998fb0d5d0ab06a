package org.haven.learning;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.PageResult;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way the learning forms are saved: run the save and follow its redirect, or answer 400 with the problems (a
 * list for the summary, a message per field) or 409 on a stale version, and show the form again as typed.
 */
final class LearningPages {

    static final int PAGE_SIZE = 25;

    private LearningPages() {
    }

    /** {@code parseProblems} are values that did not parse; {@code save} runs only when there are none. */
    static String save(Model model, HttpServletResponse response, List<FieldProblem> parseProblems,
            Supplier<String> save, Supplier<String> reshow) {
        try {
            if (!parseProblems.isEmpty()) {
                throw new InvalidInputException(parseProblems);
            }
            return save.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            problems(model, e.problems());
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
        }
        return reshow.get();
    }

    static void problems(Model model, List<FieldProblem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldProblem.byField(problems));
    }

    static void noProblems(Model model) {
        if (!model.containsAttribute("problems")) {
            problems(model, List.of());
        }
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", false);
        }
    }

    /** Adds the list's page links ("prevHref", "nextHref"), keeping the other query parameters. */
    static void pager(Model model, String path, MultiValueMap<String, String> params, PageResult<?> result) {
        model.addAttribute("prevHref", result.hasPrevious() ? href(path, params, result.page() - 1) : null);
        model.addAttribute("nextHref", result.hasNext() ? href(path, params, result.page() + 1) : null);
    }

    private static String href(String path, MultiValueMap<String, String> params, int page) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
        copy.set("page", String.valueOf(page));
        return UriComponentsBuilder.fromPath(path).queryParams(copy).encode().build().toUriString();
    }

    static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
