package org.haven.data;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data entry page: pickers for data set, org unit and period, then the form's tables with its approval state
 * and completeness; the Submit / Approve / Unlock and Mark complete buttons post here. Cells save through
 * {@link DataEntryValueController}.
 */
@Controller
class DataEntryController {

    static final int RECENT_PERIODS = 8;

    private final DataSetCatalog sets;
    private final DataEntryAccess access;
    private final DataEntryGrid grid;
    private final ApprovalService approvals;
    private final CompletenessService completeness;
    private final MessageSource messages;
    private final DataEntryTargets targets;

    DataEntryController(DataSetCatalog sets, DataEntryAccess access, DataEntryGrid grid, ApprovalService approvals,
            CompletenessService completeness, MessageSource messages, DataEntryTargets targets) {
        this.targets = targets;
        this.sets = sets;
        this.access = access;
        this.grid = grid;
        this.approvals = approvals;
        this.completeness = completeness;
        this.messages = messages;
    }

    @GetMapping("/data/entry")
    String page(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String orgUnit,
            @RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        List<DataSet> all = sets.all();
        DataSet picked = dataSet == null ? null : all.stream().filter(s -> s.code().equals(dataSet.trim())).findFirst().orElse(null);
        model.addAttribute("dataSets", all);
        model.addAttribute("ownCountries", access.ownCountries());
        model.addAttribute("otherCountries", access.otherCountries());
        model.addAttribute("selectedSet", dataSet == null ? "" : dataSet.trim());
        model.addAttribute("selectedOrgUnit", orgUnit == null ? "" : orgUnit.trim());
        model.addAttribute("selectedPeriod", period == null ? "" : period.trim());
        if (picked != null) {
            model.addAttribute("recentPeriods",
                    DataEntryPeriods.recent(picked.periodType(), LocalDate.now(ZoneOffset.UTC), RECENT_PERIODS));
            model.addAttribute("periodExample", DataEntryPeriods.recent(picked.periodType(), LocalDate.now(ZoneOffset.UTC), 1).get(0).iso());
        }
        if (blank(dataSet) && blank(orgUnit) && blank(period) || picked != null && (blank(orgUnit) || blank(period))) {
            // still picking: offer the current period of the chosen data set, no errors yet
            if (picked != null && blank(period)) {
                model.addAttribute("selectedPeriod", model.getAttribute("periodExample"));
            }
            return "data/entry";
        }
        DataEntryTarget target;
        try {
            target = DataEntryTarget.resolve(sets, access, dataSet, orgUnit, period);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            addErrors(model, e.problems());
            return "data/entry";
        }
        access.requireOpen(target.orgUnit());
        ApprovalState state = approvals.state(target.set().code(), target.orgUnit().code(), target.period().iso());
        boolean canEnter = access.canEnter(target.orgUnit());
        model.addAttribute("target", target);
        model.addAttribute("selectedPeriod", target.period().iso());
        model.addAttribute("tables", grid.build(target.set(), target.orgUnit().code(), target.period(), access.partner(),
                messages.getMessage("entry.value", null, LocaleContextHolder.getLocale())));
        model.addAttribute("targets", targets.forForm(target.set().dataElements(), target.orgUnit().code(),
                target.period().start().getYear()));
        model.addAttribute("state", state);
        model.addAttribute("canEnter", canEnter);
        model.addAttribute("readOnly", state == ApprovalState.APPROVED || !canEnter);
        model.addAttribute("canSubmit", state == ApprovalState.OPEN && access.canSubmit(target.orgUnit()));
        model.addAttribute("canApprove", state != ApprovalState.APPROVED && access.canApprove());
        model.addAttribute("canUnlock", state != ApprovalState.OPEN && access.canApprove());
        model.addAttribute("canMark", access.canSubmit(target.orgUnit()));
        model.addAttribute("completion", completeness.status(target.set(), target.orgUnit(), target.period()));
        return "data/entry";
    }

    @PostMapping("/data/entry/submit")
    String submit(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String orgUnit,
            @RequestParam(required = false) String period, RedirectAttributes redirect) {
        return act(dataSet, orgUnit, period, redirect, "entry.submitted",
                t -> approvals.submit(t.set().code(), t.orgUnit().code(), t.period().iso()));
    }

    @PostMapping("/data/entry/approve")
    String approve(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String orgUnit,
            @RequestParam(required = false) String period, RedirectAttributes redirect) {
        return act(dataSet, orgUnit, period, redirect, "entry.approved",
                t -> approvals.approve(t.set().code(), t.orgUnit().code(), t.period().iso()));
    }

    @PostMapping("/data/entry/unlock")
    String unlock(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String orgUnit,
            @RequestParam(required = false) String period, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(dataSet, orgUnit, period, redirect, "entry.unlocked",
                t -> approvals.unlock(t.set().code(), t.orgUnit().code(), t.period().iso(), reason));
    }

    @PostMapping("/data/entry/complete")
    String complete(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String orgUnit,
            @RequestParam(required = false) String period, RedirectAttributes redirect) {
        return act(dataSet, orgUnit, period, redirect, "entry.complete.saved",
                t -> completeness.mark(t.set(), t.orgUnit(), t.period()));
    }

    @PostMapping("/data/entry/incomplete")
    String incomplete(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String orgUnit,
            @RequestParam(required = false) String period, RedirectAttributes redirect) {
        return act(dataSet, orgUnit, period, redirect, "entry.complete.removed",
                t -> completeness.unmark(t.set(), t.orgUnit(), t.period()));
    }

    private interface Action {
        void run(DataEntryTarget target);
    }

    /** Runs a form action; refusals other than 403 come back as a message at the top of the form. */
    private String act(String dataSet, String orgUnit, String period, RedirectAttributes redirect, String flash,
            Action action) {
        DataEntryTarget target;
        try {
            target = DataEntryTarget.resolve(sets, access, dataSet, orgUnit, period);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", describe(e));
            return "redirect:/data/entry";
        }
        access.requireOpen(target.orgUnit());
        try {
            action.run(target);
            redirect.addFlashAttribute("flash", flash);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", describe(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("actionError", e.getMessage());
        }
        return "redirect:/data/entry?" + target.query();
    }

    private static String describe(InvalidInputException e) {
        return String.join("; ", e.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void addErrors(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
        }
        model.addAttribute("problems", problems);
        model.addAttribute("errors", byField);
    }
}
