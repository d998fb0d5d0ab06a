package org.haven.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Report pages: the list of kept reports with the form that starts a generation, the progress of a generation
 * (polled by htmx), downloads of kept reports, and each report on screen (drawn from the same template fragments as
 * its PDF, charts by dashboard.js).
 */
@Controller
class ReportController {

    private final ReportService reports;
    private final ReportJobs jobs;
    private final KeptReportStore kept;
    private final ReportAccess access;
    private final DonorReportBuilder donors;
    private final OrgUnitDirectory orgUnits;

    ReportController(ReportService reports, ReportJobs jobs, KeptReportStore kept, ReportAccess access,
            DonorReportBuilder donors, OrgUnitDirectory orgUnits) {
        this.reports = reports;
        this.jobs = jobs;
        this.kept = kept;
        this.access = access;
        this.donors = donors;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/reports")
    String list(Model model) {
        access.requireStaff();
        fill(model);
        return "report/list";
    }

    /** Bad form or path input: 400 with the list page naming the fields. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        access.requireStaff();
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        fill(model);
        model.addAttribute("problems", e.problems());
        return "report/list";
    }

    private void fill(Model model) {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        model.addAttribute("kept", kept.latest(100));
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("years", List.of(year, year - 1, year - 2, year - 3));
        model.addAttribute("defaultYear", year - 1);
        model.addAttribute("agreements", donors.agreements());
        model.addAttribute("countries", orgUnits.countries());
        model.addAttribute("problems", List.of());
    }

    @PostMapping("/reports/generate")
    String generate(@RequestParam(required = false) String kind, @RequestParam(required = false) String year,
            @RequestParam(required = false) String country, @RequestParam(required = false) String agreement,
            @RequestParam(required = false) String format,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView) {
        access.requireStaff();
        ReportRequest request = ReportRequest.of(kind, year, country, agreement, format, publicView);
        check(request);
        return "redirect:/reports/jobs/" + jobs.start(request).id();
    }

    /** The on-screen report the form asks for. */
    @GetMapping("/reports/open")
    String open(@RequestParam(required = false) String kind, @RequestParam(required = false) String year,
            @RequestParam(required = false) String country, @RequestParam(required = false) String agreement,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView) {
        access.requireStaff();
        ReportRequest r = ReportRequest.of(kind, year, country, agreement, "HTML", publicView);
        String query = r.publicView() && r.kind() != ReportKind.CHILDREN ? "?public=true" : "";
        return "redirect:" + switch (r.kind()) {
            case ANNUAL -> "/reports/annual/" + r.year() + query;
            case COUNTRY -> "/reports/country/" + r.country() + "/" + r.year() + query;
            case DONOR -> "/reports/donor/" + r.agreement();
            case CHILDREN -> "/reports/children/" + r.year();
        };
    }

    /** Refuses before starting a job when the country or agreement does not exist (404). */
    private void check(ReportRequest r) {
        if (r.kind() == ReportKind.COUNTRY && !orgUnits.isCountry(r.country())) {
            throw new NotFoundException("Country", r.country());
        }
        if (r.kind() == ReportKind.DONOR) {
            donors.agreement(r.agreement());
        }
    }

    @GetMapping("/reports/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        access.requireStaff();
        model.addAttribute("job", jobs.get(id));
        return "report/job";
    }

    @GetMapping("/reports/jobs/{id}/status")
    String jobStatus(@PathVariable String id, Model model) {
        access.requireStaff();
        model.addAttribute("job", jobs.get(id));
        return "report/job :: status";
    }

    @GetMapping("/reports/kept/{id}/file")
    ResponseEntity<byte[]> keptFile(@PathVariable long id) {
        access.requireStaff();
        KeptReport report = kept.find(id).orElseThrow(() -> new NotFoundException("Kept report", id));
        byte[] content = kept.content(id).orElseThrow(() -> new NotFoundException("Kept report", id));
        return ReportApiController.download(report.contentType(), report.fileName(), content, true);
    }

    @GetMapping("/reports/annual/{year}")
    String annual(@PathVariable String year, @RequestParam(name = "public", defaultValue = "false") boolean publicView,
            Model model) {
        return page(ReportRequest.of("ANNUAL", year, null, null, "HTML", publicView), model,
                "/api/v1/reports/annual/" + year + ".pdf" + (publicView ? "?public=true" : ""));
    }

    @GetMapping("/reports/country/{iso3}/{year}")
    String country(@PathVariable String iso3, @PathVariable String year,
            @RequestParam(name = "public", defaultValue = "false") boolean publicView, Model model) {
        ReportRequest r = ReportRequest.of("COUNTRY", year, iso3, null, "HTML", publicView);
        return page(r, model, "/api/v1/reports/country/" + r.country() + "/" + year + ".pdf"
                + (publicView ? "?public=true" : ""));
    }

    @GetMapping("/reports/donor/{agreement}")
    String donor(@PathVariable String agreement, Model model) {
        return page(ReportRequest.of("DONOR", null, null, agreement, "HTML", false), model,
                "/api/v1/reports/donor/" + agreement + ".pdf");
    }

    @GetMapping("/reports/children/{year}")
    String children(@PathVariable String year, Model model) {
        return page(ReportRequest.of("CHILDREN", year, null, null, "HTML", true), model,
                "/api/v1/reports/children/" + year + ".pdf");
    }

    private String page(ReportRequest r, Model model, String pdfHref) {
        access.requireStaff();
        ReportText text = reports.text(LocaleContextHolder.getLocale());
        Object report = reports.model(r, false, access.user(), text, Progress.NONE);
        model.addAttribute("report", report);
        model.addAttribute("kind", r.kind().name());
        model.addAttribute("title", ReportService.title(report));
        model.addAttribute("pdf", false);
        model.addAttribute("pdfHref", pdfHref);
        model.addAttribute("request", r);
        return "report/page";
    }
}
