package org.haven.report;

import java.util.List;

import org.haven.learning.LessonFacts.LessonSummary;

/** The parts that several reports share. */
final class Sections {

    private Sections() {
    }

    /** A dated progress update of an activity, quoted as a highlight. */
    record Highlight(String activityCode, String activityTitle, String date, String narrative, String status,
            String percentComplete, boolean demo) {
    }

    /** An activity with its status and latest progress. */
    record ActivityLine(String code, String title, String status, String period, String percentComplete,
            String latestUpdate, String genderMarker, String childParticipation, boolean demo) {
    }

    /** Children engaged in the year: totals, by sex and age (counts hidden below the threshold in public output). */
    record Participation(String engagements, String children, List<Cell> bySex, List<Cell> byAge, String loopClosed,
            String safeguarded, String countries, String activities, ReportChart chart, boolean any) {
    }

    /** A labelled figure. */
    record Cell(String label, String value) {
    }

    /** Activities by gender marker and the indicators' female and male values. */
    record Gender(List<Cell> markers, ReportChart markerChart, List<SexLine> indicators, ReportChart sexChart) {
    }

    record SexLine(String code, String name, String female, String male) {
    }

    /** The year's pipeline figures and the agreements, or {@code available} false without a funding register. */
    record Funding(String currency, List<Cell> totals, ReportChart chart,
            List<AgreementLine> agreements) {
    }

    record AgreementLine(long id, String reference, String title, String donor, String amount, String received,
            String spent, String period, boolean demo) {
    }

    record Lessons(List<LessonSummary> lessons) {
    }

    /**
     * What the report was built from: when, by whom, the newest stored value change and how many values, indicators
     * and activities there were. Kept with the report.
     */
    record Snapshot(String generatedAt, String generatedBy, String lastValueChange, long values, int indicators,
            int activities, String note) {
    }
}
