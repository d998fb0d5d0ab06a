package org.haven.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An {@link AnalyticsResult} as the API's table: one header per dimension column (in the result's order) followed
 * by the measures, one list of cells per row; written as JSON (headers, rows, metaData.names), CSV or Excel.
 */
record AnalyticsTable(List<String> headers, List<List<Object>> rows, Map<String, String> names) {

    static final List<String> MEASURES = List.of("value", "numerator", "denominator", "baseline", "target",
            "percentOfTarget", "status", "nature", "origin", "demo", "suppressed");

    static AnalyticsTable of(AnalyticsResult result) {
        List<String> headers = new ArrayList<>(result.columns());
        headers.addAll(MEASURES);
        List<List<Object>> rows = new ArrayList<>(result.rows().size());
        for (AnalyticsRow r : result.rows()) {
            List<Object> cells = new ArrayList<>(headers.size());
            cells.addAll(r.keys());
            cells.add(r.value());
            cells.add(r.numerator());
            cells.add(r.denominator());
            cells.add(r.baseline());
            cells.add(r.target());
            cells.add(r.percentOfTarget());
            cells.add(r.status() == null ? null : r.status().name());
            cells.add(r.nature());
            cells.add(r.origin());
            cells.add(r.demo());
            cells.add(r.suppressed());
            rows.add(cells);
        }
        return new AnalyticsTable(List.copyOf(headers), rows, result.names());
    }

    /** The JSON body: {"headers": [{"name": ...}], "rows": [[...]], "metaData": {"names": {...}}}. */
    Map<String, Object> json() {
        return Map.of("headers", headers.stream().map(h -> Map.of("name", h)).toList(), "rows", rows,
                "metaData", Map.of("names", names), "height", rows.size(), "width", headers.size());
    }

    void csv(Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get());
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object v : row) {
                cells.add(v == null ? "" : v instanceof Double d ? number(d) : v instanceof String s ? safe(s) : v.toString());
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    void xlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("Analytics");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /** Plain decimal notation (no exponent), no trailing zeros. */
    static String number(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        String s = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
    private static String safe(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
