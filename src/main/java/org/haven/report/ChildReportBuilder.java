package org.haven.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.haven.analytics.ProgressStatus;
import org.haven.participation.ParticipationFacts;
import org.springframework.stereotype.Component;

/**
 * Assembles the {@link ChildReport} of a year from the annual report's public figures, so both say the same thing
 * in different words.
 */
@Component
class ChildReportBuilder {

    private final AnnualReportBuilder annual;
    private final ParticipationFacts participation;
    private final SectionBuilder sections;

    ChildReportBuilder(AnnualReportBuilder annual, ParticipationFacts participation, SectionBuilder sections) {
        this.annual = annual;
        this.participation = participation;
        this.sections = sections;
    }

    ChildReport build(int year, String user, ReportText text, Progress steps) {
        AnnualReport report = annual.build(year, true, false, user, text, steps);
        ParticipationFacts.YearFigures kids = participation.year(year, null);
        List<ChildReport.BigFigure> figures = new ArrayList<>();
        figures.add(figure(Pictures.CHILDREN, text, "children", sections.count(kids.children(), true, text)));
        figures.add(figure(Pictures.GLOBE, text, "countries", sections.count(kids.countries(), false, text)));
        figures.add(figure(Pictures.SPEECH, text, "heard", sections.count(kids.loopClosed(), true, text)));
        figures.add(figure(Pictures.HOUSE, text, "activities", text.count(report.snapshot().activities())));
        List<ChildReport.Goal> goals = new ArrayList<>();
        for (AnnualReport.Objective o : report.objectives()) {
            List<IndicatorLine> all = new ArrayList<>(o.indicators());
            o.operational().forEach(op -> all.addAll(op.indicators()));
            long measured = all.stream().filter(l -> l.hasValue() && l.status() != ProgressStatus.NO_TARGET)
                    .map(IndicatorLine::code).distinct().count();
            long good = all.stream().filter(l -> l.status() == ProgressStatus.ON_TRACK).map(IndicatorLine::code)
                    .distinct().count();
            String name = text.messageOr("report.child.goal." + o.code(), o.shortTitle());
            String sentence = measured == 0 ? text.message("report.child.goal.none")
                    : text.message("report.child.goal.sentence", good, measured);
            goals.add(new ChildReport.Goal(o.code(), Pictures.uri(Pictures.STAR), name, sentence,
                    IntStream.range(0, (int) good).boxed().toList()));
        }
        return new ChildReport(year, text.message("report.child.title", year), text.message("report.child.intro", year),
                figures, goals, text.message("report.child.ending"), report.snapshot(), report.demo());
    }

    private static ChildReport.BigFigure figure(String picture, ReportText text, String key, String number) {
        return new ChildReport.BigFigure(Pictures.uri(picture), text.message("report.child.picture." + picture),
                number, text.message("report.child.figure." + key));
    }
}
