package org.haven.learning;

import org.haven.core.PageResult;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Paging of the learning lists (forms are saved through {@link org.haven.core.FormSubmission}). */
final class LearningPages {

    static final int PAGE_SIZE = 25;

    private LearningPages() {
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
