package org.haven.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Generates reports: assembles the report's figures from live data, renders the standalone XHTML document from the
 * same template fragments as the web page, and for PDF hands it to {@link PdfMaker}.
 */
@Service
class ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    /** CPU time of the generating thread: on a shared machine wall-clock time mostly measures the others' load. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final AnnualReportBuilder annual;
    private final CountryReportBuilder country;
    private final DonorReportBuilder donor;
    private final ChildReportBuilder children;
    private final ITemplateEngine templates;
    private final PdfMaker pdf;
    private final MessageSource messages;

    ReportService(AnnualReportBuilder annual, CountryReportBuilder country, DonorReportBuilder donor,
            ChildReportBuilder children, ITemplateEngine templates, PdfMaker pdf, MessageSource messages) {
        this.annual = annual;
        this.country = country;
        this.donor = donor;
        this.children = children;
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    ReportText text(Locale locale) {
        return new ReportText(messages, locale);
    }

    /** The report's model for a web page or a document ({@code forPdf}: charts as images). */
    Object model(ReportRequest r, boolean forPdf, String user, ReportText text, Progress steps) {
        return switch (r.kind()) {
            case ANNUAL -> annual.build(r.year(), r.publicView(), forPdf, user, text, steps);
            case COUNTRY -> country.build(r.country(), r.year(), r.publicView(), forPdf, user, text, steps);
            case DONOR -> donor.build(r.agreement(), forPdf, user, text, steps);
            case CHILDREN -> children.build(r.year(), user, text, steps);
        };
    }

    /** Generates the file: a tagged PDF, or the standalone HTML document the PDF is made from. */
    GeneratedReport generate(ReportRequest r, String user, Locale locale, Progress steps) {
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        ReportText text = text(locale);
        Object report = model(r, true, user, text, steps);
        steps.step("render");
        String xhtml = document(r.kind(), report, locale);
        byte[] bytes;
        String type;
        if (r.format() == ReportRequest.ReportFormat.PDF) {
            steps.step("pdf");
            bytes = pdf.pdf(xhtml);
            type = "application/pdf";
        } else {
            bytes = xhtml.getBytes(StandardCharsets.UTF_8);
            type = "text/html;charset=UTF-8";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        Sections.Snapshot snapshot = snapshot(report);
        LOG.info("Generated {} {} ({}) in {} ms wall, {} ms CPU, {} bytes", r.kind(), r.parameters(), r.format(),
                millis, cpuMillis, bytes.length);
        return new GeneratedReport(r, title(report), r.fileName(), type, bytes, snapshot.note(), millis, cpuMillis);
    }

    /** The standalone XHTML document of a report (charts as images, styles inline, fonts named for the PDF). */
    String document(ReportKind kind, Object report, Locale locale) {
        Context context = new Context(locale, Map.of("report", report, "kind", kind.name(), "pdf", true,
                "font", PdfMaker.FONT, "title", title(report)));
        return templates.process("report/document", context);
    }

    static Sections.Snapshot snapshot(Object report) {
        if (report instanceof AnnualReport a) {
            return a.snapshot();
        }
        if (report instanceof CountryReport c) {
            return c.snapshot();
        }
        if (report instanceof DonorReport d) {
            return d.snapshot();
        }
        return ((ChildReport) report).snapshot();
    }

    static String title(Object report) {
        if (report instanceof AnnualReport a) {
            return a.title();
        }
        if (report instanceof CountryReport c) {
            return c.title();
        }
        if (report instanceof DonorReport d) {
            return d.title();
        }
        return ((ChildReport) report).title();
    }
}
