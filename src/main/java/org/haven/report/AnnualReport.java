package org.haven.report;

import java.util.List;

import org.haven.learning.LessonFacts.LessonSummary;

/**
 * The annual progress report of one year, at World level: per strategic objective its indicators and the operational
 * objectives that contribute to it (they share a linked indicator or activity), with charts; the year's activity
 * highlights, child participation, gender and funding summaries and lessons learned.
 */
record AnnualReport(int year, boolean publicView, List<Objective> objectives, List<Operational> otherOperational,
        ReportChart statusChart, List<Sections.Highlight> highlights, Sections.Participation participation,
        Sections.Gender gender, Sections.Funding funding, List<LessonSummary> lessons, Sections.Snapshot snapshot,
        String title, boolean demo, boolean suppressed) {

    record Objective(String code, String title, String shortTitle, List<IndicatorLine> indicators,
            List<Operational> operational, ReportChart chart) {
    }

    record Operational(String code, String title, String shortTitle, List<IndicatorLine> indicators) {
    }
}
