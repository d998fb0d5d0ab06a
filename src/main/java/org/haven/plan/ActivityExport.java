package org.haven.plan;

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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** Writes activities as CSV or XLSX: one row per activity, every field, links as codes joined by ';'. */
@Component
class ActivityExport {

    static final List<String> HEADER = List.of("id", "code", "title", "description", "lead_implementer", "partners",
            "node_codes", "area_codes", "start_date", "end_date", "status", "percent_complete", "budget_amount",
            "budget_currency", "gender_marker", "child_participation", "child_participation_note", "demo", "version",
            "created_at", "created_by", "updated_at", "updated_by", "latest_progress_date", "latest_progress_status",
            "latest_progress_percent", "latest_progress_narrative");

    void csv(List<Activity> activities, Map<Long, ProgressUpdate> latest, Writer out) throws IOException {
        // not closed here: the caller owns the writer
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (Activity a : activities) {
            List<String> cells = new ArrayList<>();
            for (Object v : row(a, latest.get(a.id()))) {
                cells.add(v instanceof String s ? safe(s) : v == null ? "" : v.toString());
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    void xlsx(List<Activity> activities, Map<Long, ProgressUpdate> latest, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("Activities");
            sheet.trackAllColumnsForAutoSizing();
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Activity a : activities) {
                Row row = sheet.createRow(r++);
                List<Object> values = row(a, latest.get(a.id()));
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
            autoSize(sheet);
            workbook.write(out);
        }
    }

    private static void autoSize(Sheet sheet) {
        for (int c = 0; c < 3; c++) {
            sheet.autoSizeColumn(c);
        }
    }

    private static List<Object> row(Activity a, ProgressUpdate p) {
        List<Object> v = new ArrayList<>();
        v.add(a.id());
        v.add(a.code());
        v.add(a.title());
        v.add(a.description());
        v.add(a.leadImplementer());
        v.add(String.join("; ", a.partnerCodes()));
        v.add(String.join(";", a.nodeCodes()));
        v.add(String.join(";", a.areaCodes()));
        v.add(a.startDate() == null ? null : a.startDate().toString());
        v.add(a.endDate() == null ? null : a.endDate().toString());
        v.add(a.status().name());
        v.add(a.percentComplete());
        v.add(a.budgetAmount());
        v.add(a.budgetCurrency());
        v.add(a.genderMarker());
        v.add(a.childParticipation().name());
        v.add(a.childParticipationNote());
        v.add(a.demo());
        v.add(a.version());
        v.add(a.createdAt() == null ? null : a.createdAt().toString());
        v.add(a.createdBy());
        v.add(a.updatedAt() == null ? null : a.updatedAt().toString());
        v.add(a.updatedBy());
        v.add(p == null ? null : p.reportDate().toString());
        v.add(p == null ? null : p.status().name());
        v.add(p == null ? null : p.percentComplete());
        v.add(p == null ? null : p.narrative());
        return v;
    }

    /** Keeps spreadsheet programs from running text that starts like a formula. */
    static String safe(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
