package org.haven.comms;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.PageResult;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
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

/** The register's pages: reach and the filtered list, the month calendar, detail, add, change, delete. */
@Controller
class ProductController {

    static final int PAGE_SIZE = 25;

    private final ProductService service;
    private final ProductAccess access;
    private final CommsReach reach;
    private final Audiences audiences;
    private final ActivityCatalog activities;
    private final OrgUnitDirectory orgUnits;
    private final FrameworkCatalog framework;

    ProductController(ProductService service, ProductAccess access, CommsReach reach, Audiences audiences,
            ActivityCatalog activities, OrgUnitDirectory orgUnits, FrameworkCatalog framework) {
        this.service = service;
        this.access = access;
        this.reach = reach;
        this.audiences = audiences;
        this.activities = activities;
        this.orgUnits = orgUnits;
        this.framework = framework;
    }

    @GetMapping("/communications")
    String list(@RequestParam MultiValueMap<String, String> params, Model model) {
        ProductFilter filter;
        List<FieldProblem> problems = new ArrayList<>();
        try {
            filter = ProductFilter.from(params);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            filter = ProductFilter.none();
        }
        int page = pageNumber(params.getFirst("page"));
        PageResult<CommsProduct> result = service.search(filter, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        model.addAttribute("params", params.toSingleValueMap());
        model.addAttribute("problems", problems);
        model.addAttribute("reach", reach.summary(filter.orgUnit()));
        model.addAttribute("canAdd", access.canAdd());
        model.addAttribute("previousHref", result.hasPrevious() ? pageHref(params, page - 1) : null);
        model.addAttribute("nextHref", result.hasNext() ? pageHref(params, page + 1) : null);
        addOptions(model);
        return "comms/list";
    }

    @GetMapping("/communications/calendar")
    String calendar(@RequestParam(required = false) String month, Model model) {
        YearMonth m = YearMonth.now();
        if (month != null && !month.isBlank()) {
            try {
                m = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute("badMonth", month.trim());
            }
        }
        model.addAttribute("cal", CalendarMonth.of(m, service.inRange(ProductFilter.month(m))));
        model.addAttribute("canAdd", access.canAdd());
        return "comms/calendar";
    }

    @GetMapping("/communications/{id}")
    String detail(@PathVariable long id, Model model) {
        CommsProduct p = service.read(id);
        model.addAttribute("p", p);
        model.addAttribute("canWrite", access.canWrite(p));
        model.addAttribute("orgUnitName", orgUnits.find(p.orgUnit()).map(OrgUnit::name).orElse(p.orgUnit()));
        model.addAttribute("nodes", p.nodeCodes().stream().map(framework::find).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("languageName", languageName(p.language()));
        addOptions(model);
        return "comms/detail";
    }

    @GetMapping("/communications/new")
    String newForm(@RequestParam(required = false) String date, Model model) {
        access.requireAdd();
        ProductForm form = ProductForm.empty();
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            form = new ProductForm(null, null, null, form.language(), date, form.status(), form.orgUnit(), null, null,
                    null, List.of(), List.of(), Map.of(), false, null);
        }
        return form(model, form, null, List.of(), false);
    }

    @PostMapping("/communications")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        access.requireAdd();
        List<String> codes = audiences.codes();
        ProductForm form = ProductForm.from(params, codes);
        List<FieldProblem> problems = new ArrayList<>();
        ProductInput input = form.toInput(codes, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            CommsProduct created = service.create(input);
            redirect.addFlashAttribute("flash", "comms.flash.created");
            return "redirect:/communications/" + created.id();
        } catch (InvalidInputException e) {
            return form(model, form, null, form.onGrid(codes, e.problems()), false);
        }
    }

    @GetMapping("/communications/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CommsProduct p = service.read(id);
        access.requireWrite(p);
        return form(model, ProductForm.of(p), p, List.of(), false);
    }

    @PostMapping("/communications/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        CommsProduct p = service.read(id);
        access.requireWrite(p);
        List<String> codes = audiences.codes();
        ProductForm form = ProductForm.from(params, codes);
        List<FieldProblem> problems = new ArrayList<>();
        ProductInput input = form.toInput(codes, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            service.update(id, input);
            redirect.addFlashAttribute("flash", "comms.flash.updated");
            return "redirect:/communications/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, p, form.onGrid(codes, e.problems()), false);
        } catch (ConflictException e) {
            return form(model, form, p, List.of(), true);
        }
    }

    @PostMapping("/communications/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        service.delete(id);
        redirect.addFlashAttribute("flash", "comms.flash.deleted");
        return "redirect:/communications";
    }

    private String form(Model model, ProductForm form, CommsProduct p, List<FieldProblem> problems, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("p", p);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldProblem.byField(problems));
        model.addAttribute("conflict", conflict);
        model.addAttribute("activities", access.readsOwnPartnerOnly()
                ? activities.all().stream().filter(activities::ofCurrentPartner).toList() : activities.all());
        model.addAttribute("canManage", access.canManage());
        model.addAttribute("nodesByKind", nodesByKind());
        model.addAttribute("regions", orgUnits.regions());
        model.addAttribute("languages", languages());
        addOptions(model);
        return "comms/form";
    }

    private void addOptions(Model model) {
        model.addAttribute("kinds", ProductKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", ProductStatus.values());
        model.addAttribute("audienceOptions", audiences.all());
        model.addAttribute("sexes", Audiences.SEXES);
        model.addAttribute("countries", orgUnits.countries());
    }

    private Map<NodeKind, List<FrameworkNode>> nodesByKind() {
        Map<NodeKind, List<FrameworkNode>> out = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            if (ProductValidator.LINKABLE.contains(kind)) {
                out.put(kind, framework.byKind(kind));
            }
        }
        return out;
    }

    /** ISO 639-1 codes with their English names, by name. */
    static Map<String, String> languages() {
        Map<String, String> byName = new java.util.TreeMap<>();
        for (String code : Locale.getISOLanguages()) {
            byName.put(languageName(code) + "|" + code, code);
        }
        Map<String, String> out = new LinkedHashMap<>();
        byName.forEach((k, code) -> out.put(code, k.substring(0, k.indexOf('|'))));
        return out;
    }

    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    static String pageHref(MultiValueMap<String, String> params, int page) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>(params);
        out.set("page", String.valueOf(page));
        return UriComponentsBuilder.fromPath("/communications").queryParams(out).encode().build().toUriString();
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
