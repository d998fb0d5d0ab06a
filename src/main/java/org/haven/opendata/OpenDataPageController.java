package org.haven.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.core.NotFoundException;
import org.haven.indicator.IndicatorSheets.IndicatorSheet;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data pages, without login: {@code /open-data} (what is published, licence and citation, indicator list,
 * downloads, how to use the API) and {@code /open-data/indicators/{code}} (the metadata sheet, download links and
 * a chart with its data table of the published values for one area).
 */
@Controller
class OpenDataPageController {

    /** One point of the chart and its table: the period, the value (null when suppressed) and its notes. */
    record Point(String period, Double value, boolean suppressed, String nature, String source, boolean demo) {
    }

    private final PublicData data;
    private final OrgUnitDirectory orgUnits;
    private final JsonMapper json;
    private final int minCellCount;
    private final int perMinute;

    OpenDataPageController(PublicData data, OrgUnitDirectory orgUnits, JsonMapper json,
            @Value("${haven.public.min-cell-count:5}") int minCellCount,
            @Value("${haven.opendata.rate-limit.per-minute:60}") int perMinute) {
        this.data = data;
        this.orgUnits = orgUnits;
        this.json = json;
        this.minCellCount = minCellCount;
        this.perMinute = perMinute;
    }

    @GetMapping({"/open-data", "/open-data/"})
    String index(@RequestParam(required = false) String q, Model model) {
        String text = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        List<PublicData.IndicatorEntry> all = data.indicators();
        List<PublicData.IndicatorEntry> shown = text.isEmpty() ? all : all.stream()
                .filter(i -> (i.code() + " " + i.name() + " " + (i.internationalCode() == null ? "" : i.internationalCode()))
                        .toLowerCase(Locale.ROOT).contains(text)).toList();
        common(model);
        model.addAttribute("q", q == null ? "" : q.trim());
        model.addAttribute("indicators", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("example", all.stream().filter(i -> i.internationalCode() != null
                && i.internationalCode().startsWith("SDG")).findFirst().or(() -> all.stream().findFirst())
                .map(PublicData.IndicatorEntry::code).orElse("CODE"));
        return "opendata/index";
    }

    @GetMapping("/open-data/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String ou, Model model) {
        IndicatorSheet sheet = data.sheet(code);
        String area = ou == null || ou.isBlank() ? "001" : ou.trim();
        OrgUnit unit = orgUnits.find(area).orElseThrow(() -> new NotFoundException("Org unit", area));
        List<Point> points = new ArrayList<>();
        for (PublicData.DataRow r : data.data(List.of(code), List.of(unit.code()), List.of(), List.of()).rows()) {
            points.add(new Point(r.period(), r.value(), r.value() == null, r.nature(), r.source(), r.demo()));
        }
        common(model);
        model.addAttribute("sheet", sheet);
        model.addAttribute("area", unit);
        model.addAttribute("regions", orgUnits.regions());
        model.addAttribute("countries", orgUnits.countries());
        model.addAttribute("points", points);
        model.addAttribute("anySuppressed", points.stream().anyMatch(Point::suppressed));
        model.addAttribute("anyDemo", points.stream().anyMatch(Point::demo));
        model.addAttribute("sdg", OpenDataTerms.dataLicences(sheet).contains(OpenDataTerms.SDG_GLOBAL_DATABASE));
        model.addAttribute("links", PublicDataApiController.links(code));
        model.addAttribute("areaCsv", PublicDataApiController.links(code).csv() + "&orgUnit=" + unit.code());
        model.addAttribute("chart", points.isEmpty() ? null : chart(sheet, unit, points));
        model.addAttribute("citation", OpenDataTerms.citation(sheet.code() + " " + sheet.name(), OpenDataTerms.today(),
                ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString()));
        return "opendata/indicator";
    }

    private String chart(IndicatorSheet sheet, OrgUnit unit, List<Point> points) {
        List<String> periods = points.stream().map(Point::period).toList();
        List<Double> values = points.stream().map(Point::value).toList();
        return json.writeValueAsString(java.util.Map.of("title", sheet.name() + " – " + unit.name(),
                "unit", sheet.unit() == null ? "" : sheet.unit(), "categories", periods, "values", values));
    }

    /** An unknown indicator or area in the URL shows the 404 page. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error", HttpStatus.NOT_FOUND);
        mv.addObject("status", 404);
        return mv;
    }

    private void common(Model model) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        model.addAttribute("base", base);
        model.addAttribute("minCellCount", minCellCount);
        model.addAttribute("perMinute", perMinute);
        model.addAttribute("licences", OpenDataTerms.ALL.subList(0, 2));
        model.addAttribute("publisher", OpenDataTerms.PUBLISHER);
        model.addAttribute("today", OpenDataTerms.today());
    }
}
