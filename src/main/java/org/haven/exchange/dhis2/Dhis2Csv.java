package org.haven.exchange.dhis2;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * DHIS2 data value sets in CSV: dataelement, period, orgunit, categoryoptioncombo, attributeoptioncombo, value,
 * storedby, lastupdated, comment, followup. A first row naming the columns is recognised and then columns are found
 * by name (in any order); without it they are taken by position, as DHIS2 does.
 */
final class Dhis2Csv {

    static final String[] HEADER = {"dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo",
            "value", "storedby", "lastupdated", "comment", "followup"};
    private static final int REQUIRED_COLUMNS = 6;

    private Dhis2Csv() {
    }

    static Dhis2Read read(String text) {
        List<Dhis2Row> rows = new ArrayList<>();
        List<Dhis2ImportSummary.Conflict> conflicts = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setIgnoreEmptyLines(true).setTrim(true).get())) {
            Map<String, Integer> columns = null;
            int index = 0;
            for (CSVRecord r : parser) {
                if (columns == null && r.getRecordNumber() == 1 && r.size() > 0
                        && r.get(0).replace("_", "").equalsIgnoreCase("dataelement")) {
                    columns = header(r);
                    continue;
                }
                Map<String, Integer> c = columns == null ? positions() : columns;
                int i = index++;
                if (columns == null && r.size() < REQUIRED_COLUMNS) {
                    conflicts.add(new Dhis2ImportSummary.Conflict("line " + r.getParser().getCurrentLineNumber(),
                            "row " + i + " has " + r.size() + " columns; at least dataelement, period, orgunit, "
                                    + "categoryoptioncombo, attributeoptioncombo and value are needed",
                            "row", List.of(i)));
                    continue;
                }
                rows.add(Dhis2Row.of(i, cell(r, c, "dataelement"), cell(r, c, "period"), cell(r, c, "orgunit"),
                        cell(r, c, "categoryoptioncombo"), cell(r, c, "attributeoptioncombo"), cell(r, c, "value"),
                        unquote(cell(r, c, "comment")), "true".equalsIgnoreCase(cell(r, c, "followup"))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw Dhis2BodyException.badRequest("The body is not readable CSV: " + e.getMessage());
        }
        return new Dhis2Read(rows, conflicts, null);
    }

    static String write(List<Dhis2Json.Value> values) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Dhis2Json.Value v : values) {
                csv.printRecord(v.dataElement(), v.period(), v.orgUnit(), nz(v.categoryOptionCombo()),
                        nz(v.attributeOptionCombo()), v.value(), nz(v.storedBy()), nz(v.lastUpdated()),
                        safe(v.comment()), Boolean.TRUE.equals(v.followup()) ? "true" : "false");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, Integer> header(CSVRecord r) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            columns.putIfAbsent(r.get(i).replace("_", "").toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < HEADER.length; i++) {
            columns.put(HEADER[i], i);
        }
        return columns;
    }

    private static String cell(CSVRecord r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= r.size()) {
            return null;
        }
        String s = r.get(i);
        return s == null || s.isEmpty() ? null : s;
    }

    private static String unquote(String s) {
        return s != null && s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0
                ? s.substring(1) : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Keeps spreadsheet programs from running a comment as a formula; the quote is dropped again on import. */
    private static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
