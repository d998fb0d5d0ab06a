package org.haven.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.haven.data.ValueFeed;
import org.haven.funding.FundingFacts;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.participation.ParticipationFacts;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerRef;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.plan.ActivityStatus;
import org.haven.plan.ProgressUpdate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds the sections several reports share, from the other features' public interfaces. */
@Component
class SectionBuilder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final ActivityCatalog activities;
    private final ParticipationFacts participation;
    private final FundingFacts funding;
    private final PartnerDirectory partners;
    private final IndicatorProgress progress;
    private final ValueFeed values;
    private final ReportCharts charts;
    private final int minCell;

    SectionBuilder(ActivityCatalog activities, ParticipationFacts participation, FundingFacts funding,
            PartnerDirectory partners, IndicatorProgress progress, ValueFeed values, ReportCharts charts,
            @Value("${haven.public.min-cell-count:5}") int minCell) {
        this.activities = activities;
        this.participation = participation;
        this.funding = funding;
        this.partners = partners;
        this.progress = progress;
        this.values = values;
        this.charts = charts;
        this.minCell = minCell;
    }

    /** Not cancelled, started on or before the year's end and not ended before its start. */
    static boolean runsIn(Activity a, int year) {
        return a.status() != ActivityStatus.CANCELLED && a.startDate() != null
                && !a.startDate().isAfter(LocalDate.of(year, 12, 31))
                && (a.endDate() == null || !a.endDate().isBefore(LocalDate.of(year, 1, 1)));
    }

    /** The activities running in the year, in {@code area} when it is not null (by code). */
    List<Activity> running(int year, Predicate<Activity> where) {
        return activities.all().stream().filter(a -> runsIn(a, year) && where.test(a)).toList();
    }

    List<Sections.ActivityLine> activityLines(List<Activity> list, ReportText text) {
        List<Sections.ActivityLine> out = new ArrayList<>();
        for (Activity a : list) {
            List<ProgressUpdate> updates = activities.progressOf(a.id());
            out.add(new Sections.ActivityLine(a.code(), a.title(), text.message("report.activityStatus." + a.status()),
                    (a.startDate() == null ? "" : a.startDate().toString()) + " – "
                            + (a.endDate() == null ? "" : a.endDate().toString()),
                    a.percentComplete() == null ? text.message("report.noValue") : a.percentComplete() + " %",
                    updates.isEmpty() ? null : updates.get(0).reportDate() + ": " + updates.get(0).narrative(),
                    a.genderMarker() == null ? text.message("report.noValue")
                            : text.message("report.gender." + a.genderMarker()),
                    a.childParticipation() == null ? text.message("report.noValue")
                            : text.message("report.childParticipation." + a.childParticipation()), a.demo()));
        }
        return out;
    }

    /** The progress updates reported in the year on the given activities, newest first, at most {@code limit}. */
    List<Sections.Highlight> highlights(List<Activity> list, int year, int limit, ReportText text) {
        List<Sections.Highlight> out = new ArrayList<>();
        for (Activity a : list) {
            for (ProgressUpdate u : activities.progressOf(a.id())) {
                if (u.reportDate() != null && u.reportDate().getYear() == year && u.narrative() != null
                        && !u.narrative().isBlank()) {
                    out.add(new Sections.Highlight(a.code(), a.title(), u.reportDate().toString(), u.narrative(),
                            u.status() == null ? null : text.message("report.activityStatus." + u.status()),
                            u.percentComplete() == null ? null : u.percentComplete() + " %", a.demo()));
                }
            }
        }
        out.sort(Comparator.comparing(Sections.Highlight::date).reversed().thenComparing(Sections.Highlight::activityCode));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Children engaged in the year; in public output a count below the threshold reads "fewer than N". */
    Sections.Participation participation(int year, String country, boolean publicView, boolean forPdf,
            ReportText text) {
        ParticipationFacts.YearFigures f = participation.year(year, country);
        List<Sections.Cell> bySex = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (Map.Entry<String, Integer> e : f.childrenBySex().entrySet()) {
            String name = text.message("report.sex." + e.getKey());
            bySex.add(new Sections.Cell(name, count(e.getValue(), publicView, text)));
            names.add(name);
            numbers.add(hidden(e.getValue(), publicView) ? null : e.getValue().doubleValue());
        }
        List<Sections.Cell> byAge = new ArrayList<>();
        f.childrenByAge().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(SectionBuilder::ageOrder)))
                .forEach(e -> byAge.add(new Sections.Cell(text.message("report.age." + e.getKey()),
                        count(e.getValue(), publicView, text))));
        String title = text.message("report.participation.chart", year);
        ReportChart chart = charts.chart("chart-children-" + year, title, text.message("report.participation.chartAlt",
                        String.join(", ", bySex.stream().map(c -> c.label() + " " + c.value()).toList())),
                text.message("report.children"), names, List.of(new ReportChart.Series(text.message("report.children"),
                        numbers)), forPdf);
        return new Sections.Participation(text.count(f.engagements()), count(f.children(), publicView, text), bySex,
                byAge, percent(f.loopClosed(), f.engagements(), text), percent(f.safeguarded(), f.engagements(), text),
                text.count(f.countries()), text.count(f.activities()), chart, f.engagements() > 0);
    }

    private static int ageOrder(String band) {
        int i = List.of("Y0T4", "Y5T9", "Y10T14", "Y15T17").indexOf(band);
        return i < 0 ? 99 : i;
    }

    private boolean hidden(int n, boolean publicView) {
        return publicView && n > 0 && n < minCell;
    }

    String count(int n, boolean publicView, ReportText text) {
        return hidden(n, publicView) ? text.message("report.fewerThan", minCell) : text.count(n);
    }

    private static String percent(int part, int whole, ReportText text) {
        return whole == 0 ? text.message("report.noValue") : text.number(part * 100.0 / whole, 0) + " %";
    }

    /** Activities by gender marker, and the female and male values of the sex-disaggregated indicators. */
    Sections.Gender gender(List<Activity> list, List<IndicatorSummary> indicators, String orgUnit, int year,
            boolean publicView, boolean forPdf, ReportText text) {
        Map<String, Integer> markers = new LinkedHashMap<>();
        for (String m : List.of("0", "1", "2", "3", "none")) {
            markers.put(m, 0);
        }
        list.forEach(a -> markers.merge(a.genderMarker() == null ? "none" : String.valueOf(a.genderMarker()), 1,
                Integer::sum));
        List<Sections.Cell> cells = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        markers.forEach((m, n) -> {
            String label = "none".equals(m) ? text.message("report.gender.none") : text.message("report.gender." + m);
            cells.add(new Sections.Cell(label, text.count(n)));
            names.add(label);
            numbers.add((double) n);
        });
        ReportChart markerChart = charts.chart("chart-gender-" + year, text.message("report.gender.chart"),
                text.message("report.gender.chartAlt", String.join(", ", cells.stream()
                        .map(c -> c.label() + ": " + c.value()).toList())), text.message("report.activities"),
                names, List.of(new ReportChart.Series(text.message("report.activities"), numbers)), forPdf);
        Map<String, Map<String, Double>> bySex = progress.bySex(indicators, orgUnit, year, publicView);
        List<Sections.SexLine> lines = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Double> female = new ArrayList<>();
        List<Double> male = new ArrayList<>();
        for (IndicatorSummary i : indicators) {
            Map<String, Double> v = bySex.get(i.code());
            if (v == null) {
                continue;
            }
            lines.add(new Sections.SexLine(i.code(), i.name(), text.number(v.get("F"), i.decimals()),
                    text.number(v.get("M"), i.decimals())));
            codes.add(i.code());
            female.add(v.get("F"));
            male.add(v.get("M"));
        }
        ReportChart sexChart = lines.isEmpty() ? null : charts.chart("chart-sex-" + year,
                text.message("report.gender.sexChart"), text.message("report.gender.sexChartAlt", lines.size()), null,
                codes, List.of(new ReportChart.Series(text.message("report.sex.F"), female),
                        new ReportChart.Series(text.message("report.sex.M"), male)), forPdf);
        return new Sections.Gender(cells, markerChart, lines, sexChart);
    }

    /** The year's pipeline and the agreements that match {@code which} (all funding when null). */
    Sections.Funding funding(int year, Predicate<FundingFacts.Agreement> which, boolean forPdf, ReportText text) {
        FundingFacts.Totals t = funding.totals(year);
        List<Sections.Cell> totals = List.of(
                new Sections.Cell(text.message("report.funding.pledged"), text.amount(t.pledged(), t.currency())),
                new Sections.Cell(text.message("report.funding.agreed"), text.amount(t.agreed(), t.currency())),
                new Sections.Cell(text.message("report.funding.received"), text.amount(t.received(), t.currency())),
                new Sections.Cell(text.message("report.funding.spent"), text.amount(t.spent(), t.currency())));
        ReportChart chart = charts.chart("chart-funding-" + year, text.message("report.funding.chart", year),
                text.message("report.funding.chartAlt", String.join(", ", totals.stream()
                        .map(c -> c.label() + " " + c.value()).toList())), t.currency(),
                totals.stream().map(Sections.Cell::label).toList(), List.of(new ReportChart.Series(t.currency(),
                        java.util.stream.Stream.of(t.pledged(), t.agreed(), t.received(), t.spent())
                                .map(b -> b == null ? null : b.doubleValue()).toList())), forPdf);
        List<Sections.AgreementLine> lines = new ArrayList<>();
        for (FundingFacts.Agreement a : funding.agreements()) {
            if (overlaps(a, year) && (which == null || which.test(a))) {
                lines.add(agreementLine(a, funding.reportingCurrency(), text));
            }
        }
        return new Sections.Funding(t.currency(), totals, chart, lines);
    }

    Sections.AgreementLine agreementLine(FundingFacts.Agreement a, String currency, ReportText text) {
        return new Sections.AgreementLine(a.id(), a.reference(), a.title(), donorName(a.donorCode()),
                text.amount(a.amountInReportingCurrency(), currency), text.amount(a.received(), currency),
                text.amount(a.spent(), currency), (a.startDate() == null ? "" : a.startDate().toString()) + " – "
                        + (a.endDate() == null ? "" : a.endDate().toString()), a.demo());
    }

    String donorName(String code) {
        return code == null ? "" : partners.find(code).map(PartnerRef::name).orElse(code);
    }

    private static boolean overlaps(FundingFacts.Agreement a, int year) {
        return (a.startDate() == null || a.startDate().getYear() <= year)
                && (a.endDate() == null || a.endDate().getYear() >= year);
    }

    /** What the report is built from, noted at generation time. */
    Sections.Snapshot snapshot(String user, int indicators, int activityCount, ReportText text) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String last = values.lastChange().map(t -> t.atZoneSameInstant(ZoneOffset.UTC).format(STAMP))
                .orElse(text.message("report.noValue"));
        long count = values.count();
        String note = text.message("report.snapshot.note", last, text.count(count), indicators, activityCount);
        return new Sections.Snapshot(now.format(STAMP), user, last, count, indicators, activityCount, note);
    }
}
