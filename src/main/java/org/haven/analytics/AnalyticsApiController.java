package org.haven.analytics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The analytics table API (signed-in users; the public API is a later issue). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Analytics", description = "Aggregated values, targets and progress status, computed in real time")
class AnalyticsApiController {

    private final Analytics analytics;

    AnalyticsApiController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/analytics")
    @Operation(summary = "A table of aggregated values: one column per dimension asked for, in the order dx, ou, pe "
            + "and by appear in the query string, then value, numerator, denominator, baseline, target, "
            + "percentOfTarget, status, nature, origin, demo, suppressed. 400 names the bad parameter.")
    @Parameter(in = ParameterIn.QUERY, name = "dx",
            description = "Indicator or data element codes, separated by ',' or ';'")
    @Parameter(in = ParameterIn.QUERY, name = "ou",
            description = "Org unit codes, LEVEL-n, TYPE-COUNTRY, CHILDREN, optionally @PARENT")
    @Parameter(in = ParameterIn.QUERY, name = "pe",
            description = "Periods: 2025, 2025Q2, 2025-04, 2025July")
    @Parameter(in = ParameterIn.QUERY, name = "by",
            description = "Category codes to split by, e.g. SEX,AGE_CHILD")
    @Parameter(in = ParameterIn.QUERY, name = "filter",
            description = "node:SO1;partner:DEMO-NGO;approval:APPROVED")
    @Parameter(in = ParameterIn.QUERY, name = "view",
            description = "period (default), cumulative or latest")
    @Parameter(in = ParameterIn.QUERY, name = "format",
            description = "json (default), csv or xlsx")
    Object table(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String[]> params = request.getParameterMap();
        String format = ApiParameters.format(params);
        AnalyticsTable table = AnalyticsTable.of(analytics.query(ApiParameters.query(params, request.getQueryString())));
        switch (format) {
            case "csv" -> {
                response.setContentType("text/csv;charset=UTF-8");
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"analytics.csv\"");
                Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
                table.csv(out);
                out.flush();
                return null;
            }
            case "xlsx" -> {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"analytics.xlsx\"");
                table.xlsx(response.getOutputStream());
                return null;
            }
            default -> {
                return table.json();
            }
        }
    }
}
