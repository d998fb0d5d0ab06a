package org.haven.data;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Export of any selection of stored values as CSV or xlsx, in the import's long layout: the export page and the
 * downloads /data/export.csv and /data/export.xlsx?dataElement=&orgUnit=&period=&children= (lists comma-separated
 * or repeated; empty = any).
 */
@Controller
class ExportController {

    private final ExportValues export;

    ExportController(ExportValues export) {
        this.export = export;
    }

    @GetMapping("/data/export")
    String page() {
        return "data/export";
    }

    @GetMapping("/data/export.csv")
    void csv(@RequestParam(required = false) List<String> dataElement, @RequestParam(required = false) List<String> orgUnit,
            @RequestParam(required = false) List<String> period, @RequestParam(defaultValue = "false") boolean children,
            HttpServletResponse response) throws IOException {
        ExportValues.Selection selection = ExportValues.canonical(selection(dataElement, orgUnit, period, children));
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, "csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.csv(selection, out);
        out.flush();
    }

    @GetMapping("/data/export.xlsx")
    void xlsx(@RequestParam(required = false) List<String> dataElement, @RequestParam(required = false) List<String> orgUnit,
            @RequestParam(required = false) List<String> period, @RequestParam(defaultValue = "false") boolean children,
            HttpServletResponse response) throws IOException {
        ExportValues.Selection selection = ExportValues.canonical(selection(dataElement, orgUnit, period, children));
        response.setContentType(ImportFormat.XLSX_TYPE);
        attachment(response, "xlsx");
        export.xlsx(selection, response.getOutputStream());
    }

    static ExportValues.Selection selection(List<String> elements, List<String> orgUnits, List<String> periods,
            boolean children) {
        return new ExportValues.Selection(codes(elements, true), codes(orgUnits, true), codes(periods, false), children);
    }

    /** Accepts repeated parameters and comma-separated lists; codes are upper case. */
    private static List<String> codes(List<String> values, boolean upper) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase(java.util.Locale.ROOT) : s).distinct().toList();
    }

    private static void attachment(HttpServletResponse response, String extension) {
        String name = "haven-data-values-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }
}
