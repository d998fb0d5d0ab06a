package org.haven.report;

import java.util.List;

/**
 * A country profile for a year: every indicator with a value in the country by the end of the year (baseline,
 * target, actual, status), a chart of percent of target, the activities there, children engaged and the funding
 * agreements earmarked to the country.
 */
record CountryReport(int year, String iso3, String countryName, String regions, boolean publicView,
        List<IndicatorLine> indicators, ReportChart chart, List<Sections.ActivityLine> activities,
        Sections.Participation participation, Sections.Gender gender, Sections.Funding funding,
        Sections.Snapshot snapshot, String title, boolean demo, boolean suppressed) {
}
