package org.haven.partner;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.FieldProblem;
import org.haven.core.FormSubmission;
import org.haven.core.InvalidInputException;
import org.haven.framework.FrameworkCatalog;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The registry's pages: the filtered list, a partner's page with its sections, add, change, delete. */
@Controller
class PartnerController {

    private final PartnerService service;
    private final PartnerRecords records;
    private final PartnerAccess access;
    private final PartnerSections sections;
    private final OrgUnitDirectory orgUnits;
    private final FrameworkCatalog framework;

    PartnerController(PartnerService service, PartnerRecords records, PartnerAccess access, PartnerSections sections,
            OrgUnitDirectory orgUnits, FrameworkCatalog framework) {
        this.service = service;
        this.records = records;
        this.access = access;
        this.sections = sections;
        this.orgUnits = orgUnits;
        this.framework = framework;
    }

    @GetMapping("/partners")
    String list(@RequestParam MultiValueMap<String, String> params, Model model) {
        PartnerFilter filter;
        List<FieldProblem> problems = new ArrayList<>();
        try {
            filter = PartnerFilter.from(params);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            filter = PartnerFilter.none();
        }
        model.addAttribute("partners", service.search(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("params", params.toSingleValueMap());
        model.addAttribute("problems", problems);
        model.addAttribute("canManage", access.canManage());
        addOptions(model);
        return "partner/list";
    }

    @GetMapping("/partners/{code}")
    String page(@PathVariable String code, Model model) {
        Partner p = service.read(code);
        model.addAttribute("p", p);
        model.addAttribute("countryName", p.countryCode() == null ? null
                : orgUnits.find(p.countryCode()).map(OrgUnit::name).orElse(p.countryCode()));
        model.addAttribute("agreements", records.agreements(p.code()));
        model.addAttribute("nodeTitles", nodeTitles());
        model.addAttribute("showContacts", access.canSeeContacts(p.code()));
        model.addAttribute("contacts", access.canSeeContacts(p.code()) ? records.contacts(p.code()) : List.of());
        model.addAttribute("sections", sections.of(p.code()));
        model.addAttribute("canEdit", access.canEdit(p.code()));
        model.addAttribute("canManage", access.canManage());
        return "partner/page";
    }

    @GetMapping("/partners/new")
    String newForm(Model model) {
        access.requireManage();
        return form(model, new PartnerInput(null, null, PartnerType.NGO.name(), null, null, null, null, null, false, null), null);
    }

    @PostMapping("/partners")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.requireManage();
        List<FieldProblem> problems = new ArrayList<>();
        PartnerInput in = input(params, problems);
        return FormSubmission.save(model, response, problems, () -> {
            Partner created = service.create(in);
            redirect.addFlashAttribute("flash", "partner.flash.created");
            return "redirect:/partners/" + UriUtils.encodePathSegment(created.code(), "UTF-8");
        }, () -> form(model, in, null));
    }

    @GetMapping("/partners/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        Partner p = service.read(code);
        access.requireEdit(p.code());
        return form(model, PartnerInput.of(p), p);
    }

    @PostMapping("/partners/{code}")
    String update(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Partner p = service.read(code);
        access.requireEdit(p.code());
        List<FieldProblem> problems = new ArrayList<>();
        PartnerInput in = input(params, problems);
        return FormSubmission.save(model, response, problems, () -> {
            service.update(p.code(), in);
            redirect.addFlashAttribute("flash", "partner.flash.updated");
            return "redirect:/partners/" + UriUtils.encodePathSegment(p.code(), "UTF-8");
        }, () -> form(model, in, p));
    }

    @PostMapping("/partners/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        try {
            service.delete(code);
        } catch (org.haven.core.ConflictException e) {
            redirect.addFlashAttribute("flashError", "partner.flash.inUse");
            return "redirect:/partners/" + UriUtils.encodePathSegment(code, "UTF-8");
        }
        redirect.addFlashAttribute("flash", "partner.flash.deleted");
        return "redirect:/partners";
    }

    private String form(Model model, PartnerInput form, Partner p) {
        FormSubmission.noProblems(model);
        model.addAttribute("form", form);
        model.addAttribute("p", p);
        model.addAttribute("canManage", access.canManage());
        addOptions(model);
        return "partner/form";
    }

    private void addOptions(Model model) {
        model.addAttribute("types", PartnerType.values());
        model.addAttribute("donorTypes", DonorType.values());
        model.addAttribute("countries", orgUnits.countries());
    }

    private java.util.Map<String, String> nodeTitles() {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (var kind : PartnerValidator.AGREEMENT_NODES) {
            framework.byKind(kind).forEach(n -> titles.put(n.code(), n.label()));
        }
        return titles;
    }

    static PartnerInput input(MultiValueMap<String, String> p, List<FieldProblem> problems) {
        return new PartnerInput(p.getFirst("code"), p.getFirst("name"), p.getFirst("type"), p.getFirst("donorType"),
                p.getFirst("countryCode"), p.getFirst("website"), p.getFirst("iatiRef"), p.getFirst("description"),
                "true".equalsIgnoreCase(p.getFirst("needsReview")), integer("version", p.getFirst("version"), problems));
    }

    static Integer integer(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, field + " is not a whole number: " + value.trim()));
            return null;
        }
    }
}
