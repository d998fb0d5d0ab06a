package org.haven.pivot;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The pivot table page, with its chart and CSV/Excel downloads of the same selection. */
@Controller
class PivotController {

    private final PivotService service;
    private final PivotChoices choices;
    private final PivotChart chart;
    private final PivotExport export;

    PivotController(PivotService service, PivotChoices choices, PivotChart chart, PivotExport export) {
        this.service = service;
        this.choices = choices;
        this.chart = chart;
        this.export = export;
    }

    @GetMapping("/pivot")
    String page(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
            HttpServletResponse response) {
        PivotSelection selection = PivotSelections.asked(params) ? PivotSelections.from(params) : choices.start();
        model.addAttribute("form", PivotForm.of(selection, PivotChoices.listedPeriods()));
        model.addAttribute("choices", choices.view());
        if (PivotSelections.asked(params)) {
            try {
                PivotTable table = service.table(selection, locale);
                model.addAttribute("table", table);
                if (selection.chart() != PivotSelection.Chart.NONE && !table.empty()) {
                    model.addAttribute("chartJson", chart.json(table, selection.chart()));
                }
                model.addAttribute("csvHref", link("/pivot/export.csv", selection));
                model.addAttribute("xlsxHref", link("/pivot/export.xlsx", selection));
                model.addAttribute("query", query(selection));
            } catch (InvalidInputException e) {
                response.setStatus(400);
                model.addAttribute("problems", e.problems());
                model.addAttribute("errors", FieldProblem.byField(e.problems()));
            }
        }
        return "pivot/pivot";
    }

    @GetMapping("/pivot/export.csv")
    void csv(@RequestParam MultiValueMap<String, String> params, Locale locale, HttpServletResponse response)
            throws IOException {
        PivotTable table = service.table(PivotSelections.from(params), locale);
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, "csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.csv(table, out);
        out.flush();
    }

    @GetMapping("/pivot/export.xlsx")
    void xlsx(@RequestParam MultiValueMap<String, String> params, Locale locale, HttpServletResponse response)
            throws IOException {
        PivotTable table = service.table(PivotSelections.from(params), locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, "xlsx");
        export.xlsx(table, response.getOutputStream());
    }

    /** The pivot page (or an export) of a selection, as a path with its query string. */
    static String link(String path, PivotSelection selection) {
        return UriComponentsBuilder.fromPath(path).queryParams(selection.toParams()).encode().build().toUriString();
    }

    /** The query string of a selection, without the leading '?'. */
    static String query(PivotSelection selection) {
        String uri = link("/pivot", selection);
        int at = uri.indexOf('?');
        return at < 0 ? "" : uri.substring(at + 1);
    }

    private static void attachment(HttpServletResponse response, String extension) {
        String name = "haven-pivot-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    }
}
