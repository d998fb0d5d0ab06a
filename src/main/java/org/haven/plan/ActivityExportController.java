package org.haven.plan;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of every activity matching the list's filters, as CSV or XLSX. */
@Controller
class ActivityExportController {

    private final ActivityService service;
    private final ActivityExport export;

    ActivityExportController(ActivityService service, ActivityExport export) {
        this.service = service;
        this.export = export;
    }

    @GetMapping("/activities/export.csv")
    void csv(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        List<Activity> rows = service.searchAll(ActivityFilter.from(params));
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, "csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.csv(rows, service.latestProgress(rows), out);
        out.flush();
    }

    @GetMapping("/activities/export.xlsx")
    void xlsx(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        List<Activity> rows = service.searchAll(ActivityFilter.from(params));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, "xlsx");
        export.xlsx(rows, service.latestProgress(rows), response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String extension) {
        String name = "haven-activities-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }
}
