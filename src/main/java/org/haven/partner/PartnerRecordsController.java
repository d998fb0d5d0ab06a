package org.haven.partner;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.FieldProblem;
import org.haven.core.FormSubmission;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** Forms for a partner's contacts and partnership agreements: add, change, delete; back to the partner's page. */
@Controller
class PartnerRecordsController {

    /** An agreement as typed, so a rejected form shows again unchanged. */
    record AgreementForm(String title, String startDate, String endDate, String scope, List<String> nodeCodes,
            String version) {

        static AgreementForm of(PartnershipAgreement a) {
            return new AgreementForm(a.title(), String.valueOf(a.startDate()),
                    a.endDate() == null ? null : a.endDate().toString(), a.scope(), List.copyOf(a.nodeCodes()),
                    String.valueOf(a.version()));
        }

        AgreementInput toInput(List<FieldProblem> problems) {
            return new AgreementInput(title, date("startDate", startDate, problems), date("endDate", endDate, problems),
                    scope, nodeCodes, null, PartnerController.integer("version", version, problems));
        }
    }

    private final PartnerService partners;
    private final PartnerRecords records;
    private final FrameworkCatalog framework;
    private final PartnerAccess access;

    PartnerRecordsController(PartnerService partners, PartnerRecords records, FrameworkCatalog framework,
            PartnerAccess access) {
        this.access = access;
        this.partners = partners;
        this.records = records;
        this.framework = framework;
    }

    @GetMapping("/partners/{code}/contacts/new")
    String newContact(@PathVariable String code, Model model) {
        Partner p = partners.read(code);
        access.requireEdit(p.code());
        return contactForm(model, p, null, new ContactInput(null, null, null, null));
    }

    @PostMapping("/partners/{code}/contacts")
    String addContact(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Partner p = partners.read(code);
        List<FieldProblem> problems = new ArrayList<>();
        ContactInput in = contact(params, problems);
        return FormSubmission.save(model, response, problems, () -> {
            records.addContact(p.code(), in);
            return back(p, redirect, "partner.flash.contactSaved");
        }, () -> contactForm(model, p, null, in));
    }

    @GetMapping("/partners/{code}/contacts/{id}/edit")
    String editContact(@PathVariable String code, @PathVariable long id, Model model) {
        Partner p = partners.read(code);
        PartnerContact c = records.contact(p.code(), id);
        access.requireEdit(p.code());
        return contactForm(model, p, c, new ContactInput(c.name(), c.email(), c.role(), c.version()));
    }

    @PostMapping("/partners/{code}/contacts/{id}")
    String updateContact(@PathVariable String code, @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Partner p = partners.read(code);
        PartnerContact c = records.contact(p.code(), id);
        List<FieldProblem> problems = new ArrayList<>();
        ContactInput in = contact(params, problems);
        return FormSubmission.save(model, response, problems, () -> {
            records.updateContact(p.code(), id, in);
            return back(p, redirect, "partner.flash.contactSaved");
        }, () -> contactForm(model, p, c, in));
    }

    @PostMapping("/partners/{code}/contacts/{id}/delete")
    String deleteContact(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        Partner p = partners.read(code);
        records.deleteContact(p.code(), id);
        return back(p, redirect, "partner.flash.contactDeleted");
    }

    @GetMapping("/partners/{code}/agreements/new")
    String newAgreement(@PathVariable String code, Model model) {
        Partner p = partners.read(code);
        access.requireEdit(p.code());
        return agreementForm(model, p, null, new AgreementForm(null, null, null, null, List.of(), null));
    }

    @PostMapping("/partners/{code}/agreements")
    String addAgreement(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Partner p = partners.read(code);
        AgreementForm form = agreement(params);
        List<FieldProblem> problems = new ArrayList<>();
        AgreementInput in = form.toInput(problems);
        return FormSubmission.save(model, response, problems, () -> {
            records.addAgreement(p.code(), in);
            return back(p, redirect, "partner.flash.agreementSaved");
        }, () -> agreementForm(model, p, null, form));
    }

    @GetMapping("/partners/{code}/agreements/{id}/edit")
    String editAgreement(@PathVariable String code, @PathVariable long id, Model model) {
        Partner p = partners.read(code);
        PartnershipAgreement a = records.agreement(p.code(), id);
        access.requireEdit(p.code());
        return agreementForm(model, p, a, AgreementForm.of(a));
    }

    @PostMapping("/partners/{code}/agreements/{id}")
    String updateAgreement(@PathVariable String code, @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Partner p = partners.read(code);
        PartnershipAgreement a = records.agreement(p.code(), id);
        AgreementForm form = agreement(params);
        List<FieldProblem> problems = new ArrayList<>();
        AgreementInput in = form.toInput(problems);
        return FormSubmission.save(model, response, problems, () -> {
            records.updateAgreement(p.code(), id, in);
            return back(p, redirect, "partner.flash.agreementSaved");
        }, () -> agreementForm(model, p, a, form));
    }

    @PostMapping("/partners/{code}/agreements/{id}/delete")
    String deleteAgreement(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        Partner p = partners.read(code);
        records.deleteAgreement(p.code(), id);
        return back(p, redirect, "partner.flash.agreementDeleted");
    }

    private String contactForm(Model model, Partner p, PartnerContact c, ContactInput form) {
        FormSubmission.noProblems(model);
        model.addAttribute("p", p);
        model.addAttribute("contact", c);
        model.addAttribute("form", form);
        return "partner/contact-form";
    }

    private String agreementForm(Model model, Partner p, PartnershipAgreement a, AgreementForm form) {
        FormSubmission.noProblems(model);
        model.addAttribute("p", p);
        model.addAttribute("agreement", a);
        model.addAttribute("form", form);
        Map<NodeKind, List<FrameworkNode>> nodes = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            if (PartnerValidator.AGREEMENT_NODES.contains(kind)) {
                nodes.put(kind, framework.byKind(kind));
            }
        }
        model.addAttribute("nodesByKind", nodes);
        return "partner/agreement-form";
    }

    private static String back(Partner p, RedirectAttributes redirect, String flash) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/partners/" + UriUtils.encodePathSegment(p.code(), "UTF-8");
    }

    private static ContactInput contact(MultiValueMap<String, String> p, List<FieldProblem> problems) {
        return new ContactInput(p.getFirst("name"), p.getFirst("email"), p.getFirst("role"),
                PartnerController.integer("version", p.getFirst("version"), problems));
    }

    private static AgreementForm agreement(MultiValueMap<String, String> p) {
        return new AgreementForm(p.getFirst("title"), p.getFirst("startDate"), p.getFirst("endDate"), p.getFirst("scope"),
                p.get("nodeCodes") == null ? List.of() : p.get("nodeCodes"), p.getFirst("version"));
    }

    static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, field + " is not a date (YYYY-MM-DD): " + value.trim()));
            return null;
        }
    }
}
