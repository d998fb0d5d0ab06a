package org.haven.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.haven.core.InvalidInputException;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coverage matrix page: heat maps of activities per pair of framework nodes, and the nodes without any. */
@Controller
class CoverageController {

    private final CoverageService coverage;
    private final OrgUnitDirectory orgUnits;
    private final CoverageChart chart;

    CoverageController(CoverageService coverage, OrgUnitDirectory orgUnits, CoverageChart chart) {
        this.coverage = coverage;
        this.orgUnits = orgUnits;
        this.chart = chart;
    }

    @GetMapping("/coverage")
    String coverage(@RequestParam(defaultValue = "false") boolean includeCancelled,
            @RequestParam(required = false) Boolean demo, @RequestParam(required = false) String area, Locale locale, Model model) {
        CoverageFilter filter;
        try {
            filter = coverage.filter(includeCancelled, demo, area);
        } catch (InvalidInputException e) {
            // an unknown area code filters nothing: the page says so next to the field and shows every area
            filter = new CoverageFilter(includeCancelled, demo, area).withoutArea();
            model.addAttribute("areaError", true);
        }
        List<CoverageTable> tables = new ArrayList<>();
        for (CoverageAxes axes : CoverageAxes.values()) {
            tables.add(CoverageTable.of(coverage.matrix(axes, filter), filter));
        }
        model.addAttribute("tables", tables);
        model.addAttribute("charts", tables.stream().map(t -> chart.json(t, locale)).toList());
        model.addAttribute("gaps", coverage.gaps(filter));
        model.addAttribute("includeCancelled", includeCancelled);
        model.addAttribute("demo", demo == null ? "" : demo.toString());
        model.addAttribute("area", area == null ? "" : area.trim());
        model.addAttribute("regions", orgUnits.regions());
        model.addAttribute("countries", orgUnits.countries());
        model.addAttribute("demoChoices", Arrays.asList("", "false", "true"));
        return "plan/coverage";
    }
}
