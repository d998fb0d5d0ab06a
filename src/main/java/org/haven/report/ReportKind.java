package org.haven.report;

/** The reports Haven generates. */
enum ReportKind {
    ANNUAL, COUNTRY, DONOR, CHILDREN
}
