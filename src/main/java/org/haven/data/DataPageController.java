package org.haven.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.indicator.DataElementCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The stored values page (filterable, with each cell's history) and the approvals page. */
@Controller
class DataPageController {

    private static final int PAGE_ROWS = 100;

    /** A stored value with its history, for the values page. */
    record ValueRow(StoredValue value, List<ValueChange> history) {
    }

    private final DataValueService values;
    private final ApprovalService approvals;
    private final DataSetCatalog dataSets;
    private final DataElementCatalog elements;

    DataPageController(DataValueService values, ApprovalService approvals, DataSetCatalog dataSets,
            DataElementCatalog elements) {
        this.values = values;
        this.approvals = approvals;
        this.dataSets = dataSets;
        this.elements = elements;
    }

    @GetMapping("/data/values")
    String values(@RequestParam(required = false) String dataElement, @RequestParam(required = false) String orgUnit,
            @RequestParam(required = false) String period, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        String canonical = blank(period);
        if (canonical != null) {
            try {
                canonical = Period.parse(canonical).iso();
            } catch (IllegalArgumentException e) {
                errors.put("period", e.getMessage());
            }
        }
        List<ValueRow> rows = new ArrayList<>();
        boolean more = false;
        if (errors.isEmpty()) {
            List<StoredValue> found = values.find(new DataValueQuery(list(dataElement), list(orgUnit),
                    list(canonical), true));
            more = found.size() > PAGE_ROWS;
            for (StoredValue v : found.subList(0, Math.min(PAGE_ROWS, found.size()))) {
                rows.add(new ValueRow(v, values.history(v.key())));
            }
        }
        model.addAttribute("elements", elements.elements());
        model.addAttribute("dataElement", blank(dataElement));
        model.addAttribute("orgUnit", blank(orgUnit));
        model.addAttribute("period", blank(period));
        model.addAttribute("errors", errors);
        model.addAttribute("rows", rows);
        model.addAttribute("more", more);
        model.addAttribute("limit", PAGE_ROWS);
        return "data/values";
    }

    @GetMapping("/data/approvals")
    String approvals(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String orgUnit,
            @RequestParam(required = false) String period, Model model) {
        model.addAttribute("dataSets", dataSets.all());
        model.addAttribute("dataSet", blank(dataSet));
        model.addAttribute("orgUnit", blank(orgUnit));
        model.addAttribute("period", blank(period));
        model.addAttribute("rows", approvals.list(dataSet, orgUnit, period));
        return "data/approvals";
    }

    @PostMapping("/data/approvals/{dataSet}/{orgUnit}/{period}/{action}")
    String change(@PathVariable String dataSet, @PathVariable String orgUnit, @PathVariable String period,
            @PathVariable String action, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "submit" -> approvals.submit(dataSet, orgUnit, period);
                case "approve" -> approvals.approve(dataSet, orgUnit, period);
                case "unlock" -> approvals.unlock(dataSet, orgUnit, period, reason);
                default -> throw InvalidInputException.of("action", "unknown action '" + action + "'");
            }
            redirect.addFlashAttribute("flash", "data.approvals.flash." + action);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/data/approvals")
                .queryParam("dataSet", dataSet).queryParam("orgUnit", orgUnit).queryParam("period", period)
                .encode().build().toUriString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> list(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim());
    }
}
