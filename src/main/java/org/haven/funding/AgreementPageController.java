package org.haven.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.NodeKind;
import org.haven.funding.FundingInputs.AgreementInput;
import org.haven.funding.FundingInputs.EarmarkInput;
import org.haven.funding.FundingInputs.FlowInput;
import org.haven.funding.FundingInputs.PledgeInput;
import org.haven.partner.PartnerDirectory;
import org.haven.plan.ActivityCatalog;
import org.haven.reference.CurrencyDirectory;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to record pledges, agreements (with earmarks), receipts and expenditure. */
@Controller
class AgreementPageController {

    /** Empty earmark rows offered below the existing ones. */
    static final int SPARE_EARMARKS = 3;

    private final FundingLedger ledger;
    private final FundingAccess access;
    private final PartnerDirectory partners;
    private final CurrencyDirectory currencies;
    private final ActivityCatalog activities;
    private final FrameworkCatalog framework;
    private final OrgUnitDirectory orgUnits;

    AgreementPageController(FundingLedger ledger, FundingAccess access, PartnerDirectory partners,
            CurrencyDirectory currencies, ActivityCatalog activities, FrameworkCatalog framework,
            OrgUnitDirectory orgUnits) {
        this.ledger = ledger;
        this.access = access;
        this.partners = partners;
        this.currencies = currencies;
        this.activities = activities;
        this.framework = framework;
        this.orgUnits = orgUnits;
    }

    // ---- pledges

    @GetMapping("/funding/pledges")
    String pledges(Model model) {
        model.addAttribute("pledges", ledger.pledges());
        model.addAttribute("canWrite", access.canWrite());
        return "funding/pledges";
    }

    @GetMapping("/funding/pledges/new")
    String newPledge(Model model) {
        access.requireWrite();
        return pledgeForm(model, new PledgeInput(null, null, "USD", LocalDate.now().toString(), null, null), List.of());
    }

    @PostMapping("/funding/pledges")
    String createPledge(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        access.requireWrite();
        PledgeInput in = new PledgeInput(params.getFirst("donor"), params.getFirst("amount"), params.getFirst("currency"),
                params.getFirst("date"), params.getFirst("note"), null);
        try {
            ledger.createPledge(in);
            redirect.addFlashAttribute("flash", "funding.flash.pledgeSaved");
            return "redirect:/funding/pledges";
        } catch (InvalidInputException e) {
            return pledgeForm(model, in, e.problems());
        }
    }

    @PostMapping("/funding/pledges/{id}/delete")
    String deletePledge(@PathVariable long id, RedirectAttributes redirect) {
        ledger.deletePledge(id);
        redirect.addFlashAttribute("flash", "funding.flash.pledgeDeleted");
        return "redirect:/funding/pledges";
    }

    private String pledgeForm(Model model, PledgeInput form, List<FieldProblem> problems) {
        model.addAttribute("form", form);
        problems(model, problems);
        model.addAttribute("donors", partners.donors());
        model.addAttribute("currencies", currencies.all());
        return "funding/pledge-form";
    }

    // ---- agreements

    @GetMapping("/funding/agreements")
    String agreements(Model model) {
        model.addAttribute("agreements", ledger.agreementViews());
        model.addAttribute("canWrite", access.canWrite());
        return "funding/agreements";
    }

    @GetMapping("/funding/agreements/new")
    String newAgreement(@RequestParam(required = false) Long pledge, Model model) {
        access.requireWrite();
        AgreementInput form = new AgreementInput(null, null, null, null, null, "USD", LocalDate.now().toString(),
                LocalDate.now().plusYears(1).toString(), null, List.of(), null);
        if (pledge != null) {
            Pledge p = ledger.pledge(pledge);
            form = new AgreementInput(null, null, p.donorCode(), p.id(), p.amount().toPlainString(), p.currency(),
                    LocalDate.now().toString(), LocalDate.now().plusYears(1).toString(), null, List.of(), null);
        }
        return agreementForm(model, form, null, List.of(), false);
    }

    @PostMapping("/funding/agreements")
    String createAgreement(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        access.requireWrite();
        AgreementInput in = agreementInput(params, null);
        try {
            FundingAgreement a = ledger.createAgreement(in);
            redirect.addFlashAttribute("flash", "funding.flash.agreementSaved");
            return "redirect:/funding/agreements/" + a.id();
        } catch (InvalidInputException e) {
            return agreementForm(model, in, null, e.problems(), false);
        }
    }

    @GetMapping("/funding/agreements/{id}")
    String agreement(@PathVariable long id, Model model) {
        AgreementView a = ledger.agreementView(id);
        model.addAttribute("a", a);
        model.addAttribute("receipts", ledger.flows(id, FlowKind.RECEIPT));
        model.addAttribute("expenditures", ledger.flows(id, FlowKind.EXPENDITURE));
        FundingAgreement agreement = ledger.agreement(id);
        model.addAttribute("shares", Shares.of(agreement));
        model.addAttribute("unearmarkedShare", Shares.unearmarked(agreement));
        if (!model.containsAttribute("flowForm")) {
            model.addAttribute("flowForm", new FlowInput(LocalDate.now().toString(), null, a.currency(), null, null));
            model.addAttribute("flowKind", "");
            problems(model, List.of());
        }
        model.addAttribute("canWrite", access.canWrite());
        model.addAttribute("currencies", currencies.all());
        model.addAttribute("activities", activities.all());
        return "funding/agreement";
    }

    @GetMapping("/funding/agreements/{id}/edit")
    String editAgreement(@PathVariable long id, Model model) {
        access.requireWrite();
        FundingAgreement a = ledger.agreement(id);
        List<EarmarkInput> earmarks = a.earmarks().stream().map(e -> new EarmarkInput(e.kind().name(), e.code(),
                e.amount() == null ? null : e.amount().toPlainString())).toList();
        AgreementInput form = new AgreementInput(a.reference(), a.title(), a.donorCode(), a.pledgeId(),
                a.amount().toPlainString(), a.currency(), a.startDate().toString(), a.endDate().toString(), a.note(),
                earmarks, a.version());
        return agreementForm(model, form, a, List.of(), false);
    }

    @PostMapping("/funding/agreements/{id}")
    String updateAgreement(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        access.requireWrite();
        FundingAgreement a = ledger.agreement(id);
        AgreementInput in = agreementInput(params, parseInt(params.getFirst("version")));
        try {
            ledger.updateAgreement(id, in);
            redirect.addFlashAttribute("flash", "funding.flash.agreementSaved");
            return "redirect:/funding/agreements/" + id;
        } catch (InvalidInputException e) {
            return agreementForm(model, in, a, e.problems(), false);
        } catch (ConflictException e) {
            return agreementForm(model, in, a, List.of(), true);
        }
    }

    @PostMapping("/funding/agreements/{id}/delete")
    String deleteAgreement(@PathVariable long id, RedirectAttributes redirect) {
        ledger.deleteAgreement(id);
        redirect.addFlashAttribute("flash", "funding.flash.agreementDeleted");
        return "redirect:/funding/agreements";
    }

    @PostMapping("/funding/agreements/{id}/receipts")
    String addReceipt(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        return addFlow(id, FlowKind.RECEIPT, params, model, redirect);
    }

    @PostMapping("/funding/agreements/{id}/expenditures")
    String addExpenditure(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        return addFlow(id, FlowKind.EXPENDITURE, params, model, redirect);
    }

    private String addFlow(long id, FlowKind kind, MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        access.requireWrite();
        FlowInput in = new FlowInput(params.getFirst("date"), params.getFirst("amount"), params.getFirst("currency"),
                params.getFirst("activity"), params.getFirst("note"));
        try {
            ledger.addFlow(id, kind, in);
            redirect.addFlashAttribute("flash", kind == FlowKind.RECEIPT ? "funding.flash.receiptSaved" : "funding.flash.expenditureSaved");
            return "redirect:/funding/agreements/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("flowForm", in);
            model.addAttribute("flowKind", kind.name());
            problems(model, e.problems());
            return agreement(id, model);
        }
    }

    @PostMapping("/funding/agreements/{id}/flows/{flowId}/delete")
    String deleteFlow(@PathVariable long id, @PathVariable long flowId, RedirectAttributes redirect) {
        ledger.deleteFlow(id, flowId);
        redirect.addFlashAttribute("flash", "funding.flash.flowDeleted");
        return "redirect:/funding/agreements/" + id;
    }

    private String agreementForm(Model model, AgreementInput form, FundingAgreement a, List<FieldProblem> problems,
            boolean conflict) {
        List<EarmarkInput> rows = new ArrayList<>(form.earmarks());
        long empty = rows.stream().filter(EarmarkInput::empty).count();
        for (long i = empty; i < SPARE_EARMARKS; i++) {
            rows.add(new EarmarkInput(null, null, null));
        }
        model.addAttribute("form", form);
        model.addAttribute("earmarkRows", rows);
        model.addAttribute("a", a);
        problems(model, problems);
        model.addAttribute("conflict", conflict);
        model.addAttribute("donors", partners.donors());
        model.addAttribute("pledges", ledger.pledges());
        model.addAttribute("currencies", currencies.all());
        model.addAttribute("earmarkKinds", EarmarkKind.values());
        model.addAttribute("objectives", framework.byKind(NodeKind.STRATEGIC_OBJECTIVE));
        model.addAttribute("contexts", framework.byKind(NodeKind.PRIORITY_CONTEXT));
        model.addAttribute("countries", orgUnits.countries());
        model.addAttribute("activities", activities.all());
        return "funding/agreement-form";
    }

    /** Reads the form; earmark rows are earmarks[i].kind, .code and .amount, with blank rows left out. */
    static AgreementInput agreementInput(MultiValueMap<String, String> params, Integer version) {
        List<EarmarkInput> earmarks = new ArrayList<>();
        for (int i = 0; i < 100 && params.containsKey("earmarks[" + i + "].kind"); i++) {
            earmarks.add(new EarmarkInput(params.getFirst("earmarks[" + i + "].kind"),
                    params.getFirst("earmarks[" + i + "].code"), params.getFirst("earmarks[" + i + "].amount")));
        }
        String pledge = params.getFirst("pledge");
        return new AgreementInput(params.getFirst("reference"), params.getFirst("title"), params.getFirst("donor"),
                pledge == null || pledge.isBlank() ? null : parseLong(pledge), params.getFirst("amount"),
                params.getFirst("currency"), params.getFirst("startDate"), params.getFirst("endDate"),
                params.getFirst("note"), earmarks, version);
    }

    private static void problems(Model model, List<FieldProblem> problems) {
        model.addAttribute("problems", problems);
        Map<String, String> errors = FieldProblem.byField(problems);
        model.addAttribute("errors", errors);
    }

    private static Integer parseInt(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
