/**
 * Reports generated from live data, never hand-assembled: the annual progress report, a country profile, a donor
 * report per funding agreement and a child-friendly summary, each as a web page and as a tagged PDF (PDF/UA, fonts
 * embedded, charts drawn by JFreeChart) from the same Thymeleaf templates. Generated reports are kept with the date,
 * the user and a note of the data they were built from; long generations run as background jobs whose progress the
 * page polls. Reads every other feature through its public interfaces only: framework, indicators and analytics
 * (values, baselines, targets and status), the Action Plan and its progress updates, child participation, learning
 * and funding.
 */
package org.haven.report;
