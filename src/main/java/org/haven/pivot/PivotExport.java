package org.haven.pivot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A pivot table as CSV or Excel, laid out as on screen: the column header rows (row dimension names in the last),
 * then one line per row with its row labels (repeated, no merged cells, so the file sorts and filters) and its
 * values as plain numbers rounded to the item's decimals. Cells without a number stay empty; subtotal and total rows
 * and columns are labelled.
 */
@Component
class PivotExport {

    private static final int LABEL_WIDTH = 32 * 256;

    void csv(PivotTable table, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        for (List<String> line : headerLines(table)) {
            printer.printRecord(line);
        }
        for (PivotTable.Row row : table.body()) {
            List<Object> line = new ArrayList<>(row.labels());
            for (PivotCell cell : row.cells()) {
                Double v = cell.rounded();
                line.add(v == null ? "" : plain(v, cell.decimals()));
            }
            printer.printRecord(line);
        }
        printer.flush();
    }

    void xlsx(PivotTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Pivot");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            Row titleRow = sheet.createRow(r++);
            titleRow.createCell(0).setCellValue(table.title());
            titleRow.getCell(0).setCellStyle(bold);
            for (List<String> line : headerLines(table)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(line.get(c));
                    cell.setCellStyle(bold);
                }
            }
            int k = table.rowDimensions().size();
            for (PivotTable.Row body : table.body()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < body.labels().size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(body.labels().get(c));
                    if (body.total()) {
                        cell.setCellStyle(bold);
                    }
                }
                for (int c = 0; c < body.cells().size(); c++) {
                    Double v = body.cells().get(c).rounded();
                    if (v != null) {
                        row.createCell(k + c).setCellValue(v);
                    }
                }
            }
            sheet.createFreezePane(k, r - table.body().size());
            // fixed widths: autoSizeColumn measures text with AWT fonts, slow and not always present on servers
            for (int c = 0; c < k; c++) {
                sheet.setColumnWidth(c, LABEL_WIDTH);
            }
            workbook.write(out);
        }
    }

    /** The column header lines: one per column dimension (one "Value" line without), row dimensions in the last. */
    static List<List<String>> headerLines(PivotTable table) {
        int k = table.rowDimensions().size();
        int m = table.columnLabels().isEmpty() ? 1 : table.columnLabels().get(0).size();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            List<String> line = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                line.add(i == m - 1 ? table.rowDimensions().get(j) : "");
            }
            for (List<String> col : table.columnLabels()) {
                line.add(col.get(i));
            }
            out.add(line);
        }
        return out;
    }

    private static String plain(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
