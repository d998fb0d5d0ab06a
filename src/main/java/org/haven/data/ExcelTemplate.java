package org.haven.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.OptionDefinition;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Excel template of a data set, org units and a period range: a "data" sheet in the import's long layout with
 * one row per data element x org unit x period x option combination and an empty value column, drop-down lists
 * (from a hidden "lists" sheet) on the option columns, and a README sheet. Uploading it back imports it.
 */
@Component
class ExcelTemplate {

    static final int MAX_ROWS = 500_000;
    static final String LISTS_SHEET = "lists";

    /** What to generate, already checked. */
    record Request(DataSet dataSet, List<String> orgUnits, List<Period> periods) {
    }

    private final DataSetCatalog dataSets;
    private final DataElementCatalog elements;
    private final OrgUnitDirectory orgUnits;
    private final MessageSource messages;

    ExcelTemplate(DataSetCatalog dataSets, DataElementCatalog elements, OrgUnitDirectory orgUnits,
            MessageSource messages) {
        this.dataSets = dataSets;
        this.elements = elements;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    /** Checks the parameters; every problem is named by its parameter (400). */
    Request request(String dataSet, String orgUnitList, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        DataSet set = dataSet == null || dataSet.isBlank() ? null : dataSets.find(dataSet.trim()).orElse(null);
        if (set == null) {
            problems.add(new FieldProblem("dataSet", dataSet == null || dataSet.isBlank()
                    ? "a data set code is required" : "unknown data set '" + dataSet + "'"));
        }
        List<String> units = new ArrayList<>();
        for (String code : orgUnitList == null ? new String[0] : orgUnitList.split(",")) {
            String c = code.trim().toUpperCase(Locale.ROOT);
            if (c.isEmpty()) {
                continue;
            }
            if (orgUnits.find(c).isEmpty()) {
                problems.add(new FieldProblem("orgUnits", "unknown org unit '" + c + "'"));
            } else if (!units.contains(c)) {
                units.add(c);
            }
        }
        if (units.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("orgUnits"))) {
            problems.add(new FieldProblem("orgUnits", "at least one org unit code is required"));
        }
        Period start = period("from", from, problems);
        Period end = period("to", to, problems);
        List<Period> periods = List.of();
        if (set != null && start != null && end != null) {
            try {
                periods = Period.range(set.periodType(), start, end);
                if (periods.isEmpty()) {
                    problems.add(new FieldProblem("to", "the range from " + from + " to " + to + " is empty"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("from", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long rows = (long) units.size() * periods.size() * combinations(set);
        if (rows > MAX_ROWS) {
            throw InvalidInputException.of("orgUnits", "the template would have " + rows + " rows (at most "
                    + MAX_ROWS + "): choose fewer org units or periods");
        }
        return new Request(set, units, periods);
    }

    private static Period period(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "a period is required"));
            return null;
        }
        try {
            return Period.parse(text.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    private long combinations(DataSet set) {
        long n = 0;
        for (ElementDefinition e : definitions(set)) {
            long c = 1;
            for (CategoryDefinition cat : e.categories()) {
                c *= Math.max(1, cat.options().size());
            }
            n += c;
        }
        return n;
    }

    private List<ElementDefinition> definitions(DataSet set) {
        List<ElementDefinition> defs = new ArrayList<>();
        for (String code : set.dataElements()) {
            elements.element(code).ifPresent(defs::add);
        }
        return defs;
    }

    void write(Request request, Locale locale, OutputStream out) throws IOException {
        List<ElementDefinition> defs = definitions(request.dataSet());
        Map<String, CategoryDefinition> categories = new LinkedHashMap<>();
        for (String code : new TreeSet<>(defs.stream().flatMap(d -> d.categories().stream())
                .map(CategoryDefinition::code).toList())) {
            defs.stream().flatMap(d -> d.categories().stream()).filter(c -> c.code().equals(code)).findFirst()
                    .ifPresent(c -> categories.put(code, c));
        }
        List<String> categoryCodes = List.copyOf(categories.keySet());
        List<String> header = ImportColumns.header(categoryCodes, false);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet data = workbook.createSheet(ImportXlsxReader.DATA_SHEET);
            Sheet readme = workbook.createSheet("README");
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            header(workbook, data, header);
            int r = 1;
            for (ElementDefinition e : defs) {
                List<Map<String, String>> combos = combos(e.categories());
                for (String unit : request.orgUnits()) {
                    for (Period p : request.periods()) {
                        for (Map<String, String> combo : combos) {
                            Row row = data.createRow(r++);
                            row.createCell(0).setCellValue(e.code());
                            row.createCell(1).setCellValue(unit);
                            row.createCell(2).setCellValue(p.iso());
                            for (int c = 0; c < categoryCodes.size(); c++) {
                                String option = combo.get(categoryCodes.get(c));
                                if (option != null) {
                                    row.createCell(3 + c).setCellValue(option);
                                }
                            }
                        }
                    }
                }
            }
            validations(data, lists, categories, Math.max(r - 1, 1));
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            readme(readme, request, locale);
            workbook.write(out);
        }
    }

    private static List<Map<String, String>> combos(List<CategoryDefinition> categories) {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (CategoryDefinition c : categories) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : combos) {
                for (OptionDefinition o : c.options()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(c.code(), o.code());
                    next.add(m);
                }
            }
            combos = next;
        }
        return combos;
    }

    private static void validations(SXSSFSheet data, Sheet lists, Map<String, CategoryDefinition> categories,
            int lastRow) {
        DataValidationHelper helper = data.getDataValidationHelper();
        int column = 0;
        Row head = lists.createRow(0);
        for (CategoryDefinition c : categories.values()) {
            head.createCell(column).setCellValue(c.code());
            for (int i = 0; i < c.options().size(); i++) {
                Row row = lists.getRow(i + 1) != null ? lists.getRow(i + 1) : lists.createRow(i + 1);
                row.createCell(column).setCellValue(c.options().get(i).code());
            }
            String letter = CellReference.convertNumToColString(column);
            String range = LISTS_SHEET + "!$" + letter + "$2:$" + letter + "$" + Math.max(2, c.options().size() + 1);
            DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(1, lastRow, 3 + column, 3 + column));
            v.setShowErrorBox(true);
            v.setEmptyCellAllowed(true);
            data.addValidationData(v);
            column++;
        }
    }

    private void readme(Sheet readme, Request request, Locale locale) {
        String[] keys = {"import.template.readme.title", "import.template.readme.layout",
                "import.template.readme.categories", "import.template.readme.value", "import.template.readme.upload"};
        int r = 0;
        for (String key : keys) {
            readme.createRow(r++).createCell(0).setCellValue(messages.getMessage(key,
                    new Object[] {request.dataSet().code(), request.dataSet().name()}, locale));
        }
        r++;
        readme.createRow(r++).createCell(0).setCellValue(messages.getMessage("import.template.readme.scope",
                new Object[] {String.join(", ", request.orgUnits()), request.periods().get(0).iso(),
                        request.periods().get(request.periods().size() - 1).iso()}, locale));
        readme.setColumnWidth(0, 120 * 256);
    }

    /** A bold, frozen header row with an auto filter. */
    static void header(SXSSFWorkbook workbook, SXSSFSheet sheet, List<String> names) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, Math.max(12, names.get(c).length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
