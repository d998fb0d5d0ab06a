package org.haven.opendata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.reference.OrgUnit;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * CSV forms of the public API (RFC 4180 through Commons CSV, UTF-8, one header row). Each row carries its licence id
 * and the citation asked of re-users, so a saved file keeps its terms; suppressed cells have an empty value and the
 * flag "suppressed".
 */
final class PublicCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private PublicCsv() {
    }

    static void data(PublicData.DataResult result, Function<PublicData.DataRow, String> citation,
            HttpServletResponse response, String filename) throws IOException {
        List<String> header = new ArrayList<>(List.of("indicator", "indicator_name", "org_unit", "org_unit_name",
                "period"));
        header.addAll(result.categories());
        header.addAll(List.of("value", "flag", "unit", "nature", "source", "licence", "demo", "citation"));
        try (CSVPrinter csv = printer(response, filename, header)) {
            for (PublicData.DataRow r : result.rows()) {
                List<Object> cells = new ArrayList<>(List.of(r.indicator(), r.indicatorName(), r.orgUnit(),
                        r.orgUnitName(), r.period()));
                for (String category : result.categories()) {
                    cells.add(r.disaggregation().getOrDefault(category, ""));
                }
                cells.add(r.value() == null ? "" : number(r.value()));
                cells.addAll(List.of(text(r.flag()), text(r.unit()), text(r.nature()), text(r.source()), r.licence(),
                        Boolean.toString(r.demo()), citation.apply(r)));
                csv.printRecord(cells);
            }
        }
    }

    static void indicators(List<PublicData.IndicatorEntry> indicators, Function<String, String> metadataUrl,
            String licence, String citation, HttpServletResponse response) throws IOException {
        try (CSVPrinter csv = printer(response, "haven-indicators.csv", List.of("code", "name", "type", "unit",
                "international_code", "metadata", "licence", "citation"))) {
            for (PublicData.IndicatorEntry i : indicators) {
                csv.printRecord(i.code(), i.name(), i.type(), text(i.unit()), text(i.internationalCode()),
                        metadataUrl.apply(i.code()), licence, citation);
            }
        }
    }

    static void orgUnits(List<OrgUnit> units, String licence, String citation, HttpServletResponse response)
            throws IOException {
        try (CSVPrinter csv = printer(response, "haven-orgunits.csv", List.of("code", "name", "type", "level",
                "parent", "m49", "licence", "citation"))) {
            for (OrgUnit u : units) {
                csv.printRecord(u.code(), u.name(), u.type().name(), u.level(), text(u.parentCode()), text(u.m49()),
                        licence, citation);
            }
        }
    }

    private static CSVPrinter printer(HttpServletResponse response, String filename, List<String> header)
            throws IOException {
        response.setContentType(MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** Plain decimal notation (no exponent), trailing zeros dropped. */
    static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
