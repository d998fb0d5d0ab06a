package org.haven.participation;

import java.util.ArrayList;
import java.util.List;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.PageResult;
import org.haven.plan.ActivityCatalog;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The ledger's pages: derived indicators and the filtered list, detail, record, change, delete. */
@Controller
class EngagementController {

    static final int PAGE_SIZE = 25;

    private final EngagementService service;
    private final EngagementAccess access;
    private final ParticipationIndicators indicators;
    private final ActivityCatalog activities;
    private final OrgUnitDirectory orgUnits;

    EngagementController(EngagementService service, EngagementAccess access, ParticipationIndicators indicators,
            ActivityCatalog activities, OrgUnitDirectory orgUnits) {
        this.service = service;
        this.access = access;
        this.indicators = indicators;
        this.activities = activities;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/participation")
    String list(@RequestParam MultiValueMap<String, String> params, Model model) {
        EngagementFilter filter;
        List<FieldProblem> problems = new ArrayList<>();
        try {
            filter = EngagementFilter.from(params);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            filter = EngagementFilter.none();
        }
        int page = pageNumber(params.getFirst("page"));
        PageResult<Engagement> result = service.search(filter, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        model.addAttribute("problems", problems);
        model.addAttribute("summary", indicators.summary(filter.country()));
        model.addAttribute("countryName", filter.country() == null ? null
                : orgUnits.find(filter.country()).map(OrgUnit::name).orElse(filter.country()));
        model.addAttribute("canRecord", access.canRecord());
        model.addAttribute("previousHref", result.hasPrevious() ? pageHref(params, page - 1) : null);
        model.addAttribute("nextHref", result.hasNext() ? pageHref(params, page + 1) : null);
        addOptions(model);
        return "participation/list";
    }

    @GetMapping("/participation/{id}")
    String detail(@PathVariable long id, Model model) {
        Engagement e = service.read(id);
        model.addAttribute("e", e);
        model.addAttribute("countryName", orgUnits.find(e.country()).map(OrgUnit::name).orElse(e.country()));
        model.addAttribute("canWrite", access.canWrite(e));
        model.addAttribute("sexes", ChildBands.SEXES);
        model.addAttribute("ages", ChildBands.AGES);
        return "participation/detail";
    }

    @GetMapping("/participation/new")
    String newForm(Model model) {
        access.requireRecord();
        return form(model, EngagementForm.empty(java.time.LocalDate.now()), null, List.of(), false);
    }

    @PostMapping("/participation")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        access.requireRecord();
        EngagementForm form = EngagementForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        EngagementInput input = form.toInput(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Engagement created = service.create(input);
            redirect.addFlashAttribute("flash", "part.flash.created");
            return "redirect:/participation/" + created.id();
        } catch (InvalidInputException e) {
            return form(model, form, null, form.onGrid(e.problems()), false);
        }
    }

    @GetMapping("/participation/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Engagement e = service.read(id);
        access.requireWrite(e);
        return form(model, EngagementForm.of(e), e, List.of(), false);
    }

    @PostMapping("/participation/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Engagement e = service.read(id);
        access.requireWrite(e);
        EngagementForm form = EngagementForm.from(params);
        List<FieldProblem> problems = new ArrayList<>();
        EngagementInput input = form.toInput(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            service.update(id, input);
            redirect.addFlashAttribute("flash", "part.flash.updated");
            return "redirect:/participation/" + id;
        } catch (InvalidInputException ex) {
            return form(model, form, e, form.onGrid(ex.problems()), false);
        } catch (ConflictException ex) {
            return form(model, form, e, List.of(), true);
        }
    }

    @PostMapping("/participation/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        service.delete(id);
        redirect.addFlashAttribute("flash", "part.flash.deleted");
        return "redirect:/participation";
    }

    private String form(Model model, EngagementForm form, Engagement e, List<FieldProblem> problems, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("e", e);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldProblem.byField(problems));
        model.addAttribute("conflict", conflict);
        model.addAttribute("activities", access.readsOwnPartnerOnly()
                ? activities.all().stream().filter(activities::ofCurrentPartner).toList() : activities.all());
        model.addAttribute("canManage", access.canManage());
        addOptions(model);
        return "participation/form";
    }

    private void addOptions(Model model) {
        model.addAttribute("countries", orgUnits.countries());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("presences", Presence.values());
        model.addAttribute("sexes", ChildBands.SEXES);
        model.addAttribute("ages", ChildBands.AGES);
    }

    /** The list with the same filters on another page. */
    static String pageHref(MultiValueMap<String, String> params, int page) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>(params);
        out.set("page", String.valueOf(page));
        return UriComponentsBuilder.fromPath("/participation").queryParams(out).encode().build().toUriString();
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
