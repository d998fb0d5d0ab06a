package org.haven.data;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /data/template.xlsx?dataSet=&orgUnits=KEN,BRA&from=2025Q1&to=2025Q4: the Excel template to fill in offline.
 * Invalid parameters answer 400 with a problem naming each one.
 */
@RestController
class ExcelTemplateController {

    private final ExcelTemplate template;

    ExcelTemplateController(ExcelTemplate template) {
        this.template = template;
    }

    @Operation(summary = "Excel template of a data set for org units and a period range")
    @GetMapping("/data/template.xlsx")
    void template(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String orgUnits,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        ExcelTemplate.Request request = template.request(dataSet, orgUnits, from, to);
        response.setContentType(ImportFormat.XLSX_TYPE);
        String name = "haven-template-" + request.dataSet().code() + "-" + request.periods().get(0).iso() + ".xlsx";
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        template.write(request, LocaleContextHolder.getLocale(), response.getOutputStream());
    }
}
