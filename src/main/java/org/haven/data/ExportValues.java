package org.haven.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.haven.core.InvalidInputException;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes stored values in the import's long layout (so an export can be edited and imported back), streaming rows
 * from the database straight into CSV or an SXSSF workbook: memory does not grow with the selection.
 */
@Component
class ExportValues {

    /** Which values: empty lists mean any; children also takes the org units below the listed ones. */
    record Selection(List<String> dataElements, List<String> orgUnits, List<String> periods, boolean children) {
    }

    /** One stored value as exported. */
    record Line(String dataElement, String orgUnit, String period, Map<String, String> categories, BigDecimal value,
            String comment, String partner, boolean followUp) {
    }

    private final JdbcClient jdbc;
    private final DataElementCatalog elements;

    ExportValues(JdbcClient jdbc, DataElementCatalog elements) {
        this.jdbc = jdbc;
        this.elements = elements;
    }

    /** The periods of the selection in canonical form; an unreadable one is a 400 naming the field. */
    static Selection canonical(Selection s) {
        List<String> periods = new ArrayList<>();
        for (String p : s.periods()) {
            try {
                periods.add(Period.parse(p).iso());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("period", e.getMessage());
            }
        }
        return new Selection(s.dataElements(), s.orgUnits(), periods, s.children());
    }

    /** Category columns: every category of the selected elements (all elements when none is selected). */
    List<String> categoryColumns(Selection s) {
        TreeSet<String> codes = new TreeSet<>();
        for (ElementDefinition e : elements.elements()) {
            if (s.dataElements().isEmpty() || s.dataElements().contains(e.code())) {
                e.categories().stream().map(CategoryDefinition::code).forEach(codes::add);
            }
        }
        return List.copyOf(codes);
    }

    @Transactional(readOnly = true)
    public void csv(Selection selection, Writer out) throws IOException {
        Selection s = canonical(selection);
        List<String> categories = categoryColumns(s);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(ImportColumns.header(categories, true).toArray(String[]::new)).get());
        each(s, line -> {
            try {
                printer.printRecord(cells(line, categories, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    @Transactional(readOnly = true)
    public void xlsx(Selection selection, OutputStream out) throws IOException {
        Selection s = canonical(selection);
        List<String> categories = categoryColumns(s);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(ImportXlsxReader.DATA_SHEET);
            ExcelTemplate.header(workbook, sheet, ImportColumns.header(categories, true));
            int valueColumn = 3 + categories.size();
            int[] r = {1};
            each(s, line -> {
                Row row = sheet.createRow(r[0]++);
                List<String> cells = cells(line, categories, false);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == valueColumn) {
                        row.createCell(c).setCellValue(line.value().doubleValue());
                    } else if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            });
            workbook.write(out);
        }
    }

    private static List<String> cells(Line line, List<String> categories, boolean csv) {
        List<String> cells = new ArrayList<>(categories.size() + 7);
        cells.add(line.dataElement());
        cells.add(line.orgUnit());
        cells.add(line.period());
        for (String c : categories) {
            cells.add(line.categories().getOrDefault(c, ""));
        }
        cells.add(line.value().stripTrailingZeros().toPlainString());
        String comment = line.comment() == null ? "" : line.comment();
        cells.add(csv ? ImportColumns.safe(comment) : comment);
        cells.add(line.partner());
        cells.add(line.followUp() ? "true" : "false");
        return cells;
    }

    /** Streams the selected values in key order. */
    void each(Selection s, Consumer<Line> sink) {
        StringBuilder sql = new StringBuilder("""
                select v.data_element_code, v.org_unit_code, v.period, v.combo, v.partner_code, v.numeric_value, v.comment,
                       v.follow_up
                from data_value v where 1 = 1""");
        Map<String, Object> params = new HashMap<>();
        if (!s.dataElements().isEmpty()) {
            sql.append(" and v.data_element_code in (:elements)");
            params.put("elements", s.dataElements());
        }
        if (!s.periods().isEmpty()) {
            sql.append(" and v.period in (:periods)");
            params.put("periods", s.periods());
        }
        if (!s.orgUnits().isEmpty()) {
            sql.append(s.children()
                    ? " and v.org_unit_code in (select o.code from org_unit o join org_unit r on r.code in (:orgUnits)"
                            + " and (o.code = r.code or o.path like r.path || '/%'))"
                    : " and v.org_unit_code in (:orgUnits)");
            params.put("orgUnits", s.orgUnits());
        }
        sql.append(" order by v.data_element_code, v.org_unit_code, v.period_start, v.period_type, v.combo, v.partner_code");
        jdbc.sql(sql.toString()).params(params).withFetchSize(1000).query(rs -> {
            sink.accept(new Line(rs.getString(1), rs.getString(2), rs.getString(3), ValueKey.parseCombo(rs.getString(4)),
                    rs.getBigDecimal(6), rs.getString(7), rs.getString(5), rs.getBoolean(8)));
        });
    }
}
