package org.haven.report;

import java.nio.charset.StandardCharsets;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over the API, generated on request from live data (not kept): the annual report as PDF or standalone
 * HTML, the country profile, the donor report and the child-friendly summary. {@code public=true} asks for the
 * public version of the annual report and country profile.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final ReportService reports;
    private final ReportAccess access;

    ReportApiController(ReportService reports, ReportAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/annual/{year}.pdf")
    ResponseEntity<byte[]> annualPdf(@PathVariable String year, @RequestParam(name = "public", defaultValue = "false") boolean publicView) {
        return file(ReportRequest.of("ANNUAL", year, null, null, "PDF", publicView));
    }

    @GetMapping("/annual/{year}.html")
    ResponseEntity<byte[]> annualHtml(@PathVariable String year, @RequestParam(name = "public", defaultValue = "false") boolean publicView) {
        return file(ReportRequest.of("ANNUAL", year, null, null, "HTML", publicView));
    }

    @GetMapping("/country/{iso3}/{year}.pdf")
    ResponseEntity<byte[]> countryPdf(@PathVariable String iso3, @PathVariable String year,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView) {
        return file(ReportRequest.of("COUNTRY", year, iso3, null, "PDF", publicView));
    }

    @GetMapping("/country/{iso3}/{year}.html")
    ResponseEntity<byte[]> countryHtml(@PathVariable String iso3, @PathVariable String year,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView) {
        return file(ReportRequest.of("COUNTRY", year, iso3, null, "HTML", publicView));
    }

    @GetMapping("/donor/{agreement}.pdf")
    ResponseEntity<byte[]> donorPdf(@PathVariable String agreement) {
        return file(ReportRequest.of("DONOR", null, null, agreement, "PDF", false));
    }

    @GetMapping("/children/{year}.pdf")
    ResponseEntity<byte[]> childrenPdf(@PathVariable String year) {
        return file(ReportRequest.of("CHILDREN", year, null, null, "PDF", true));
    }

    @GetMapping("/children/{year}.html")
    ResponseEntity<byte[]> childrenHtml(@PathVariable String year) {
        return file(ReportRequest.of("CHILDREN", year, null, null, "HTML", true));
    }

    private ResponseEntity<byte[]> file(ReportRequest request) {
        access.requireStaff();
        GeneratedReport r = reports.generate(request, access.user(), LocaleContextHolder.getLocale(), Progress.NONE);
        return download(r.contentType(), r.fileName(), r.content(), true);
    }

    /** {@code inline}: opens in the browser, else saved as a file; named either way. */
    static ResponseEntity<byte[]> download(String contentType, String fileName, byte[] content, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(content);
    }
}
