package org.haven.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.analytics.ProgressStatus;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.learning.LessonFacts;
import org.haven.plan.Activity;
import org.springframework.stereotype.Component;

/** Assembles the {@link AnnualReport} of a year from live data. */
@Component
class AnnualReportBuilder {

    static final String WORLD = "001";
    private static final int HIGHLIGHTS = 12;

    private final FrameworkCatalog framework;
    private final IndicatorCatalog indicators;
    private final IndicatorProgress progress;
    private final SectionBuilder sections;
    private final LessonFacts lessons;
    private final ReportCharts charts;

    AnnualReportBuilder(FrameworkCatalog framework, IndicatorCatalog indicators, IndicatorProgress progress,
            SectionBuilder sections, LessonFacts lessons, ReportCharts charts) {
        this.framework = framework;
        this.indicators = indicators;
        this.progress = progress;
        this.sections = sections;
        this.lessons = lessons;
        this.charts = charts;
    }

    AnnualReport build(int year, boolean publicView, boolean forPdf, String user, ReportText text, Progress steps) {
        List<FrameworkNode> strategic = framework.byKind(NodeKind.STRATEGIC_OBJECTIVE).stream()
                .filter(n -> !n.retired()).toList();
        List<FrameworkNode> operational = framework.byKind(NodeKind.OPERATIONAL_OBJECTIVE).stream()
                .filter(n -> !n.retired()).toList();
        List<IndicatorSummary> all = indicators.all();
        Map<String, List<IndicatorSummary>> byNode = new HashMap<>();
        Set<IndicatorSummary> used = new LinkedHashSet<>();
        for (IndicatorSummary i : all) {
            for (String node : i.nodeCodes()) {
                byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(i);
            }
        }
        strategic.forEach(n -> used.addAll(byNode.getOrDefault(n.code(), List.of())));
        operational.forEach(n -> used.addAll(byNode.getOrDefault(n.code(), List.of())));
        steps.step("indicators");
        Map<String, IndicatorLine> lines = new HashMap<>();
        for (IndicatorLine l : progress.lines(List.copyOf(used), WORLD, year, publicView, text)) {
            lines.put(l.code(), l);
        }
        List<Activity> running = sections.running(year, a -> true);
        Map<String, Set<String>> contributes = contributions(strategic, operational, all, running);
        List<AnnualReport.Objective> objectives = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (FrameworkNode so : strategic) {
            List<IndicatorLine> own = linesOf(byNode.get(so.code()), lines);
            List<AnnualReport.Operational> oos = new ArrayList<>();
            for (FrameworkNode oo : operational) {
                if (contributes.getOrDefault(so.code(), Set.of()).contains(oo.code())) {
                    oos.add(new AnnualReport.Operational(oo.code(), oo.title(), oo.label(),
                            linesOf(byNode.get(oo.code()), lines)));
                    placed.add(oo.code());
                }
            }
            objectives.add(new AnnualReport.Objective(so.code(), so.title(), so.label(), own, oos,
                    objectiveChart(so, own, oos, year, forPdf, text)));
        }
        List<AnnualReport.Operational> other = operational.stream().filter(oo -> !placed.contains(oo.code()))
                .map(oo -> new AnnualReport.Operational(oo.code(), oo.title(), oo.label(),
                        linesOf(byNode.get(oo.code()), lines))).toList();
        steps.step("charts");
        ReportChart status = statusChart(objectives, year, forPdf, text);
        steps.step("activities");
        List<Sections.Highlight> highlights = publicView ? List.of()
                : sections.highlights(running, year, HIGHLIGHTS, text);
        Sections.Participation participation = sections.participation(year, null, publicView, forPdf, text);
        Sections.Gender gender = sections.gender(running, List.copyOf(used), WORLD, year, publicView, forPdf, text);
        steps.step("funding");
        Sections.Funding funding = sections.funding(year, null, forPdf, text);
        List<LessonFacts.LessonSummary> learnt = publicView ? List.of() : lessons.lessonsOf(year);
        Sections.Snapshot snapshot = sections.snapshot(user, used.size(), running.size(), text);
        boolean demo = lines.values().stream().anyMatch(IndicatorLine::demo) || running.stream().anyMatch(Activity::demo);
        boolean suppressed = lines.values().stream().anyMatch(IndicatorLine::suppressed);
        return new AnnualReport(year, publicView, objectives, other, status, highlights, participation, gender,
                funding, learnt, snapshot, text.message("report.annual.title", year), demo, suppressed);
    }

    /**
     * Strategic objective code to the operational objectives that contribute to it: an indicator or a running activity
     * is linked to both.
     */
    private static Map<String, Set<String>> contributions(List<FrameworkNode> strategic,
            List<FrameworkNode> operational, List<IndicatorSummary> all, List<Activity> running) {
        Set<String> so = new LinkedHashSet<>(strategic.stream().map(FrameworkNode::code).toList());
        Set<String> oo = new LinkedHashSet<>(operational.stream().map(FrameworkNode::code).toList());
        Map<String, Set<String>> out = new HashMap<>();
        List<java.util.Collection<String>> linkSets = new ArrayList<>();
        all.forEach(i -> linkSets.add(i.nodeCodes()));
        running.forEach(a -> linkSets.add(a.nodeCodes()));
        for (java.util.Collection<String> links : linkSets) {
            for (String s : links) {
                if (so.contains(s)) {
                    links.stream().filter(oo::contains).forEach(o -> out.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(o));
                }
            }
        }
        return out;
    }

    private static List<IndicatorLine> linesOf(List<IndicatorSummary> list, Map<String, IndicatorLine> lines) {
        return list == null ? List.of() : list.stream().map(i -> lines.get(i.code())).toList();
    }

    /** Percent of target of every indicator of the objective (its own and its operational objectives') with one. */
    private ReportChart objectiveChart(FrameworkNode so, List<IndicatorLine> own, List<AnnualReport.Operational> oos,
            int year, boolean forPdf, ReportText text) {
        Map<String, Double> percent = new java.util.LinkedHashMap<>();
        own.forEach(l -> put(percent, l));
        oos.forEach(o -> o.indicators().forEach(l -> put(percent, l)));
        if (percent.isEmpty()) {
            return null;
        }
        String title = text.message("report.annual.objectiveChart", so.label(), year);
        String alt = text.message("report.annual.objectiveChartAlt", so.label(), String.join(", ",
                percent.entrySet().stream().map(e -> e.getKey() + " " + text.number(e.getValue(), 0) + " %").toList()));
        return charts.chart("chart-" + so.code(), title, alt, text.message("report.percentOfTarget"),
                List.copyOf(percent.keySet()), List.of(new ReportChart.Series(text.message("report.percentOfTarget"),
                        List.copyOf(percent.values()))), forPdf);
    }

    private static void put(Map<String, Double> percent, IndicatorLine l) {
        if (l.percentOfTarget() != null) {
            percent.putIfAbsent(l.code(), l.percentOfTarget());
        }
    }

    /** Per strategic objective, how many of its indicators are at each status. */
    private ReportChart statusChart(List<AnnualReport.Objective> objectives, int year, boolean forPdf,
            ReportText text) {
        List<String> names = objectives.stream().map(AnnualReport.Objective::shortTitle).toList();
        List<ReportChart.Series> series = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            List<Double> counts = new ArrayList<>();
            for (AnnualReport.Objective o : objectives) {
                Set<String> seen = new LinkedHashSet<>();
                o.indicators().stream().filter(l -> l.status() == s).forEach(l -> seen.add(l.code()));
                o.operational().forEach(op -> op.indicators().stream().filter(l -> l.status() == s)
                        .forEach(l -> seen.add(l.code())));
                counts.add((double) seen.size());
                words.add(o.shortTitle() + " " + text.message("report.status." + s.name()) + ": " + seen.size());
            }
            series.add(new ReportChart.Series(text.message("report.status." + s.name()), counts));
        }
        return charts.chart("chart-status-" + year, text.message("report.annual.statusChart", year),
                text.message("report.annual.statusChartAlt", String.join("; ", words)),
                text.message("report.indicators"), names, series, forPdf);
    }
}
