package org.haven.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.haven.core.NotFoundException;
import org.haven.funding.FundingFacts;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.springframework.stereotype.Component;

/** Assembles the {@link DonorReport} of a funding agreement. */
@Component
class DonorReportBuilder {

    private final FundingFacts funding;
    private final ActivityCatalog activities;
    private final IndicatorCatalog indicators;
    private final IndicatorProgress progress;
    private final SectionBuilder sections;
    private final ReportCharts charts;

    DonorReportBuilder(FundingFacts funding, ActivityCatalog activities, IndicatorCatalog indicators,
            IndicatorProgress progress, SectionBuilder sections, ReportCharts charts) {
        this.funding = funding;
        this.activities = activities;
        this.indicators = indicators;
        this.progress = progress;
        this.sections = sections;
        this.charts = charts;
    }

    /** The agreement; 404 when there is none. */
    FundingFacts.Agreement agreement(long id) {
        return funding.agreement(id).orElseThrow(() -> new NotFoundException("Funding agreement", id));
    }

    List<FundingFacts.Agreement> agreements() {
        return funding.agreements();
    }

    DonorReport build(long id, boolean forPdf, String user, ReportText text, Progress steps) {
        FundingFacts.Agreement a = agreement(id);
        String currency = funding.reportingCurrency();
        int today = LocalDate.now(ZoneOffset.UTC).getYear();
        int year = a.endDate() == null ? today : Math.min(a.endDate().getYear(), today);
        steps.step("activities");
        List<Activity> funded = funded(a);
        List<Sections.ActivityLine> lines = sections.activityLines(funded, text);
        steps.step("indicators");
        List<IndicatorSummary> all = indicators.all();
        List<DonorReport.Funded> out = new ArrayList<>();
        for (int i = 0; i < funded.size(); i++) {
            Activity activity = funded.get(i);
            List<IndicatorSummary> linked = all.stream()
                    .filter(s -> s.nodeCodes().stream().anyMatch(activity.nodeCodes()::contains)).toList();
            List<Sections.Highlight> updates = new ArrayList<>();
            for (int y = a.startDate() == null ? year : a.startDate().getYear(); y <= year; y++) {
                updates.addAll(sections.highlights(List.of(activity), y, 5, text));
            }
            updates.sort(java.util.Comparator.comparing(Sections.Highlight::date).reversed());
            out.add(new DonorReport.Funded(lines.get(i), updates.size() > 5 ? List.copyOf(updates.subList(0, 5))
                    : updates, progress.lines(linked, AnnualReportBuilder.WORLD, year, false, text)));
        }
        steps.step("charts");
        Sections.AgreementLine line = sections.agreementLine(a, currency, text);
        List<String> names = List.of(text.message("report.donor.amount"), text.message("report.funding.received"),
                text.message("report.funding.spent"));
        List<Double> numbers = java.util.stream.Stream.of(a.amountInReportingCurrency(), a.received(), a.spent())
                .map(b -> b == null ? null : b.doubleValue()).toList();
        ReportChart chart = charts.chart("chart-agreement-" + a.id(), text.message("report.donor.chart", a.reference()),
                text.message("report.donor.chartAlt", line.amount(), line.received(), line.spent()), currency, names,
                List.of(new ReportChart.Series(currency, numbers)), forPdf);
        Sections.Snapshot snapshot = sections.snapshot(user, out.stream().mapToInt(f -> f.results().size()).sum(),
                funded.size(), text);
        return new DonorReport(a.id(), year, line, currency, earmarking(a, text), chart, out, snapshot,
                text.message("report.donor.title", a.reference(), line.donor()), a.demo()
                        || funded.stream().anyMatch(Activity::demo));
    }

    /** The activities the agreement names; when it names none, those linked to its nodes or countries. */
    private List<Activity> funded(FundingFacts.Agreement a) {
        Set<Activity> out = new LinkedHashSet<>();
        a.activityCodes().forEach(code -> activities.findByCode(code).ifPresent(out::add));
        if (out.isEmpty() && !a.unearmarked()) {
            for (Activity act : activities.all()) {
                boolean node = a.nodeCodes().stream().anyMatch(act.nodeCodes()::contains);
                boolean country = a.countryCodes().stream().anyMatch(act.areaCodes()::contains);
                boolean during = a.startDate() == null || a.endDate() == null
                        || SectionBuilder.runsIn(act, a.startDate().getYear())
                        || SectionBuilder.runsIn(act, a.endDate().getYear());
                if ((node || country) && during) {
                    out.add(act);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String earmarking(FundingFacts.Agreement a, ReportText text) {
        if (a.unearmarked()) {
            return text.message("report.donor.unearmarked");
        }
        List<String> parts = new ArrayList<>();
        parts.addAll(a.activityCodes());
        parts.addAll(a.nodeCodes());
        parts.addAll(a.countryCodes());
        return String.join(", ", parts);
    }
}
