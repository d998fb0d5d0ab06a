package org.haven.dashboard;

import java.util.Locale;

import org.haven.core.NotFoundException;
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

/**
 * The dashboard pages, for signed-in users under /dashboards and for anyone under /public (the public view:
 * approved values only, small cells suppressed, no links that need a login). The same templates serve both.
 */
@Controller
class DashboardController {

    private final StrategyOverview overview;
    private final IndicatorDashboard indicators;
    private final CountryProfile countries;
    private final OrgUnitDirectory orgUnits;
    private final int minCellCount;

    DashboardController(StrategyOverview overview, IndicatorDashboard indicators, CountryProfile countries,
            OrgUnitDirectory orgUnits, @Value("${haven.public.min-cell-count:5}") int minCellCount) {
        this.overview = overview;
        this.indicators = indicators;
        this.countries = countries;
        this.orgUnits = orgUnits;
        this.minCellCount = minCellCount;
    }

    @GetMapping("/dashboards")
    String overview(Model model) {
        return overview(DashboardScope.SIGNED_IN, model);
    }

    @GetMapping({"/public", "/public/"})
    String publicOverview(Model model) {
        return overview(DashboardScope.PUBLIC, model);
    }

    @GetMapping("/dashboards/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String ou,
            @RequestParam(required = false) String measure, @RequestParam(required = false) Integer year, Model model) {
        return indicator(DashboardScope.SIGNED_IN, code, ou, measure, year, model);
    }

    @GetMapping("/public/indicators/{code}")
    String publicIndicator(@PathVariable String code, @RequestParam(required = false) String ou,
            @RequestParam(required = false) String measure, @RequestParam(required = false) Integer year, Model model) {
        return indicator(DashboardScope.PUBLIC, code, ou, measure, year, model);
    }

    @GetMapping("/dashboards/countries/{iso3}")
    String country(@PathVariable String iso3, Model model) {
        return country(DashboardScope.SIGNED_IN, iso3, model);
    }

    @GetMapping("/public/countries/{iso3}")
    String publicCountry(@PathVariable String iso3, Model model) {
        return country(DashboardScope.PUBLIC, iso3, model);
    }

    /** The country picker of the pages (a GET form) lands here. */
    @GetMapping("/dashboards/countries")
    String pickCountry(@RequestParam(required = false) String country) {
        return pick(DashboardScope.SIGNED_IN, country);
    }

    @GetMapping("/public/countries")
    String publicPickCountry(@RequestParam(required = false) String country) {
        return pick(DashboardScope.PUBLIC, country);
    }

    private String overview(DashboardScope scope, Model model) {
        common(scope, model);
        model.addAttribute("page", overview.build(scope));
        return "dashboard/overview";
    }

    private String indicator(DashboardScope scope, String code, String ou, String measure, Integer year, Model model) {
        common(scope, model);
        model.addAttribute("page", indicators.build(code, ou, "count".equals(measure), year, scope));
        return "dashboard/indicator";
    }

    private String country(DashboardScope scope, String iso3, Model model) {
        common(scope, model);
        CountryProfile.CountryPage page = countries.build(iso3, scope);
        model.addAttribute("page", page);
        model.addAttribute("currentCountry", page.country().code());
        return "dashboard/country";
    }

    private String pick(DashboardScope scope, String country) {
        String code = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        if (!orgUnits.isCountry(code)) {
            return "redirect:" + scope.base();
        }
        return "redirect:" + scope.country(code);
    }

    /** An unknown indicator, org unit or country code in the URL shows the 404 page. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error", HttpStatus.NOT_FOUND);
        mv.addObject("status", 404);
        return mv;
    }

    private void common(DashboardScope scope, Model model) {
        model.addAttribute("scope", scope);
        model.addAttribute("countryChoices", orgUnits.countries());
        model.addAttribute("minCellCount", minCellCount);
    }
}
