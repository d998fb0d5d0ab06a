package org.haven.data;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /data/outliers: values far from their own history over a selection, and flagging them for follow-up. */
@Controller
class OutlierController {

    /** An outlier with the link to its cell in the entry form. */
    record Row(Outlier outlier, String entryLink) {
    }

    private final OutlierService outliers;
    private final ValidationPages pages;

    OutlierController(OutlierService outliers, ValidationPages pages) {
        this.outliers = outliers;
        this.pages = pages;
    }

    @GetMapping("/data/outliers")
    String find(@ModelAttribute ValidationSelection selection, @RequestParam(required = false) String method,
            @RequestParam(required = false) String threshold, Model model) {
        run(selection, method, threshold, model, false);
        return "data/validation-outliers";
    }

    @PostMapping("/data/outliers")
    String flag(@ModelAttribute ValidationSelection selection, @RequestParam(required = false) String method,
            @RequestParam(required = false) String threshold, Model model) {
        if (run(selection, method, threshold, model, true)) {
            model.addAttribute("flash", "outlier.flagged");
        }
        return "data/validation-outliers";
    }

    private boolean run(ValidationSelection selection, String method, String threshold, Model model, boolean flag) {
        ValidationSelection.Resolved resolved = pages.prepare(selection, model);
        OutlierMethod m = OutlierMethod.Z_SCORE;
        if (method != null && !method.isBlank()) {
            try {
                m = OutlierMethod.valueOf(method.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                addError(model, "method", "must be Z_SCORE or MIN_MAX");
                resolved = null;
            }
        }
        double z = OutlierDetector.DEFAULT_Z;
        if (threshold != null && !threshold.isBlank()) {
            try {
                z = Double.parseDouble(threshold.trim());
                if (!(z > 0 && z <= 100)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                addError(model, "threshold", "must be a number above 0, e.g. 3");
                resolved = null;
            }
        }
        model.addAttribute("method", m.name());
        model.addAttribute("threshold", threshold == null || threshold.isBlank() ? OutlierDetector.num(z) : threshold);
        model.addAttribute("methods", OutlierMethod.values());
        model.addAttribute("canFlag", outliers.canFlag());
        if (resolved == null) {
            return false;
        }
        ValidationSelection.Resolved r = resolved;
        List<Outlier> found = flag ? outliers.flag(r.query(), m, z) : outliers.find(r.query(), m, z);
        model.addAttribute("rows", found.stream().map(o -> new Row(o, pages.entryLink(r.dataSet(),
                List.of(o.value().key().dataElement()), o.value().key().orgUnit(), o.value().key().period()))).toList());
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void addError(Model model, String field, String message) {
        List<org.haven.core.FieldProblem> problems = new java.util.ArrayList<>();
        Object existing = model.getAttribute("problems");
        if (existing instanceof List<?> l) {
            problems.addAll((List<org.haven.core.FieldProblem>) l);
        }
        problems.add(new org.haven.core.FieldProblem(field, message));
        ValidationPages.errors(model, problems);
    }
}
