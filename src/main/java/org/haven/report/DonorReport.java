package org.haven.report;

import java.util.List;

/**
 * A donor report for one funding agreement: the funds (amount, received, spent, in the reporting currency), what
 * the agreement is earmarked to, the activities it funds with their progress, and their results: the indicators
 * linked to the same framework nodes, at World level, as of {@code year}.
 */
record DonorReport(long agreementId, int year, Sections.AgreementLine agreement, String currency, String earmarking,
        ReportChart chart, List<Funded> activities, Sections.Snapshot snapshot, String title, boolean demo) {

    record Funded(Sections.ActivityLine activity, List<Sections.Highlight> updates, List<IndicatorLine> results) {
    }
}
