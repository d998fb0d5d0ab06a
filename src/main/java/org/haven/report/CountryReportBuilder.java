package org.haven.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.haven.core.NotFoundException;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.plan.Activity;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;
import org.springframework.stereotype.Component;

/** Assembles the {@link CountryReport} of a country and year. */
@Component
class CountryReportBuilder {

    private final OrgUnitDirectory orgUnits;
    private final IndicatorCatalog indicators;
    private final IndicatorProgress progress;
    private final SectionBuilder sections;
    private final ReportCharts charts;

    CountryReportBuilder(OrgUnitDirectory orgUnits, IndicatorCatalog indicators, IndicatorProgress progress,
            SectionBuilder sections, ReportCharts charts) {
        this.orgUnits = orgUnits;
        this.indicators = indicators;
        this.progress = progress;
        this.sections = sections;
        this.charts = charts;
    }

    /** The country's unit; 404 when the code is not a country. */
    OrgUnit country(String iso3) {
        String code = iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
        if (!orgUnits.isCountry(code)) {
            throw new NotFoundException("Country", iso3);
        }
        return orgUnits.find(code).orElseThrow(() -> new NotFoundException("Country", iso3));
    }

    CountryReport build(String iso3, int year, boolean publicView, boolean forPdf, String user, ReportText text,
            Progress steps) {
        OrgUnit country = country(iso3);
        steps.step("indicators");
        List<IndicatorSummary> all = indicators.all();
        List<IndicatorLine> lines = progress.lines(all, country.code(), year, publicView, text).stream()
                .filter(l -> l.hasValue() || l.suppressed()).toList();
        List<String> codes = lines.stream().map(IndicatorLine::code).toList();
        List<IndicatorSummary> withValues = all.stream().filter(i -> codes.contains(i.code())).toList();
        steps.step("charts");
        List<IndicatorLine> charted = lines.stream().filter(l -> l.percentOfTarget() != null).toList();
        ReportChart chart = charted.isEmpty() ? null : charts.chart("chart-country-" + country.code(),
                text.message("report.country.chart", country.name(), year),
                text.message("report.country.chartAlt", country.name(), String.join(", ", charted.stream()
                        .map(l -> l.code() + " " + l.percent()).toList())), text.message("report.percentOfTarget"),
                charted.stream().map(IndicatorLine::code).toList(), List.of(new ReportChart.Series(
                        text.message("report.percentOfTarget"), charted.stream().map(IndicatorLine::percentOfTarget)
                                .toList())), forPdf);
        steps.step("activities");
        List<Activity> running = sections.running(year, a -> inCountry(a, country));
        List<Sections.ActivityLine> activities = sections.activityLines(running, text);
        Sections.Participation participation = sections.participation(year, country.code(), publicView, forPdf, text);
        Sections.Gender gender = sections.gender(running, withValues, country.code(), year, publicView, forPdf, text);
        steps.step("funding");
        Sections.Funding funding = sections.funding(year, a -> a.countryCodes().contains(country.code()), forPdf, text);
        Sections.Snapshot snapshot = sections.snapshot(user, lines.size(), running.size(), text);
        boolean demo = lines.stream().anyMatch(IndicatorLine::demo) || running.stream().anyMatch(Activity::demo);
        return new CountryReport(year, country.code(), country.name(), regions(country), publicView, lines, chart,
                publicView ? List.of() : activities, participation, gender, funding, snapshot,
                text.message("report.country.title", country.name(), year), demo,
                lines.stream().anyMatch(IndicatorLine::suppressed));
    }

    /** Takes place in the country itself (a regional activity is not counted as the country's). */
    private static boolean inCountry(Activity a, OrgUnit country) {
        return a.areaCodes().contains(country.code());
    }

    private String regions(OrgUnit country) {
        List<String> names = new ArrayList<>();
        for (String code : country.path().split("/")) {
            Optional<OrgUnit> unit = orgUnits.find(code);
            if (unit.isPresent() && unit.get().type() != OrgUnitType.WORLD && unit.get().type() != OrgUnitType.COUNTRY) {
                names.add(0, unit.get().name());
            }
        }
        return String.join(", ", names);
    }
}
