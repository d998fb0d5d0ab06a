package org.haven.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;

/**
 * What to generate: the kind, its year (annual, country, child-friendly), country (ISO alpha-3) or funding agreement
 * (donor), the format and, for annual and country reports, whether it is the public version (approved values only,
 * small cells suppressed, no narratives).
 */
record ReportRequest(ReportKind kind, Integer year, String country, Long agreement, ReportFormat format,
        boolean publicView) {

    static final int FIRST_YEAR = 2000;

    enum ReportFormat {
        PDF, HTML
    }

    /** Checks and normalises form or path input; 400 naming every bad field. */
    static ReportRequest of(String kind, String year, String country, String agreement, String format,
            boolean publicView) {
        List<FieldProblem> problems = new ArrayList<>();
        ReportKind k = null;
        try {
            k = ReportKind.valueOf(kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "must be one of ANNUAL, COUNTRY, DONOR, CHILDREN"));
        }
        ReportFormat f = ReportFormat.PDF;
        if (format != null && !format.isBlank()) {
            try {
                f = ReportFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("format", "must be PDF or HTML"));
            }
        }
        Integer y = null;
        Long a = null;
        String c = null;
        if (k != null && k != ReportKind.DONOR) {
            y = year(year, problems);
        }
        if (k == ReportKind.COUNTRY) {
            c = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{3}")) {
                problems.add(new FieldProblem("country", "must be an ISO 3166-1 alpha-3 code such as KEN"));
            }
        }
        if (k == ReportKind.DONOR) {
            try {
                a = Long.valueOf(agreement == null ? "" : agreement.trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("agreement", "must name a funding agreement"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean pub = (k == ReportKind.ANNUAL || k == ReportKind.COUNTRY) && publicView || k == ReportKind.CHILDREN;
        return new ReportRequest(k, y, c, a, f, pub);
    }

    static Integer year(String year, List<FieldProblem> problems) {
        int last = LocalDate.now(ZoneOffset.UTC).getYear() + 5;
        try {
            int y = Integer.parseInt(year == null ? "" : year.trim());
            if (y >= FIRST_YEAR && y <= last) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("year", "must be a year from " + FIRST_YEAR + " to " + last));
        return null;
    }

    /** The parameters as kept with the report ("year=2025", "country=KEN year=2025 public"). */
    public String parameters() {
        List<String> parts = new ArrayList<>();
        if (country != null) {
            parts.add("country=" + country);
        }
        if (year != null) {
            parts.add("year=" + year);
        }
        if (agreement != null) {
            parts.add("agreement=" + agreement);
        }
        if (publicView && kind != ReportKind.CHILDREN) {
            parts.add("public");
        }
        return String.join(" ", parts);
    }

    String fileName() {
        String base = switch (kind) {
            case ANNUAL -> "haven-annual-report-" + year;
            case COUNTRY -> "haven-country-profile-" + country + "-" + year;
            case DONOR -> "haven-donor-report-" + agreement;
            case CHILDREN -> "haven-child-friendly-summary-" + year;
        };
        return base + (publicView && kind != ReportKind.CHILDREN ? "-public" : "")
                + (format == ReportFormat.PDF ? ".pdf" : ".html");
    }

    ReportRequest as(ReportFormat other) {
        return new ReportRequest(kind, year, country, agreement, other, publicView);
    }
}
