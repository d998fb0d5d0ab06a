package org.haven.sdg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the value rows of an {@link SdgSource} in either layout. DDF (Gapminder/open-numbers): one
 * {@code ddf--datapoints--<series>--by--<dimensions>.csv} per series with columns geo_area, year, sex, age, units,
 * nature and the value, described by {@code series.csv} and {@code ddf--entities--geo_area.csv}. UN SDG API CSV: one
 * row per value with Goal, Target, Indicator, SeriesCode, SeriesDescription, GeoAreaCode, GeoAreaName, TimePeriod,
 * Value, Time_Detail, Source, Nature, Units and dimension columns such as [Sex] and [Age] (brackets optional).
 */
final class SdgReader {

    static final String DDF = "DDF";
    static final String API = "SDG API CSV";
    private static final Pattern DATAPOINTS = Pattern.compile("ddf--datapoints--([a-z0-9_]+)--by--.*\\.csv");
    /** API columns that are neither the value's key nor a dimension to check. */
    private static final Set<String> API_METADATA = Set.of("goal", "target", "indicator", "seriescode",
            "seriesdescription", "geoareacode", "geoareaname", "timeperiod", "value", "timedetail", "timecoverage",
            "upperbound", "lowerbound", "baseperiod", "source", "geoinfourl", "geoinfotype", "footnote", "nature",
            "units", "sex", "age", "observationstatus", "valuetype");
    private static final Set<String> DDF_KEYS = Set.of("geo_area", "year", "sex", "age", "units", "nature");

    /** What was read: the layouts seen, the rows, and problems with whole files (row 0 or 1). */
    record Result(Set<String> layouts, List<SdgRow> rows, List<SdgRejection> problems) {
    }

    private SdgReader() {
    }

    static Result read(SdgSource source) throws IOException {
        Map<String, String[]> series = new HashMap<>();
        Map<String, String> areaNames = new HashMap<>();
        List<SdgSource.Entry> data = new ArrayList<>();
        List<SdgRejection> problems = new ArrayList<>();
        for (SdgSource.Entry e : source.entries()) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (name.equals("series.csv") || name.equals("ddf--concepts.csv")) {
                forEach(e, (header, r) -> {
                    if (header.containsKey("concept") && header.containsKey("description")) {
                        series.put(r.get("concept").toLowerCase(Locale.ROOT), new String[] {r.get("description"),
                                header.containsKey("indicator") ? r.get("indicator") : null});
                    }
                }, problems);
            } else if (name.equals("ddf--entities--geo_area.csv")) {
                forEach(e, (header, r) -> areaNames.put(r.get("geo_area"), header.containsKey("name") ? r.get("name") : null),
                        problems);
            } else if (!name.startsWith("ddf--entities--") && !name.startsWith("ddf--concepts")) {
                data.add(e);
            }
        }
        Set<String> layouts = new LinkedHashSet<>();
        List<SdgRow> rows = new ArrayList<>();
        for (SdgSource.Entry e : data) {
            forEach(e, new RowReader(e.name(), series, areaNames, rows, layouts, problems), problems);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new SdgRejection(source.name(), 0, null, "no values found: send a UN SDG API CSV file,"
                    + " a DDF datapoints CSV or a .zip of a DDF folder"));
        }
        return new Result(layouts, rows, problems);
    }

    private interface RecordHandler {
        void handle(Map<String, Integer> header, CSVRecord record);
    }

    /** Turns the records of one data file into rows, deciding its layout from the header. */
    private static final class RowReader implements RecordHandler {

        private final String file;
        private final Map<String, String[]> series;
        private final Map<String, String> areaNames;
        private final List<SdgRow> rows;
        private final Set<String> layouts;
        private final List<SdgRejection> problems;
        private Map<String, String> columns;
        private String layout;
        private String ddfValueColumn;
        private boolean refused;

        RowReader(String file, Map<String, String[]> series, Map<String, String> areaNames, List<SdgRow> rows,
                Set<String> layouts, List<SdgRejection> problems) {
            this.file = file;
            this.series = series;
            this.areaNames = areaNames;
            this.rows = rows;
            this.layouts = layouts;
            this.problems = problems;
        }

        @Override
        public void handle(Map<String, Integer> header, CSVRecord r) {
            if (refused) {
                return;
            }
            if (columns == null && !decide(header)) {
                refused = true;
                return;
            }
            long row = r.getRecordNumber() + 1;
            rows.add(API.equals(layout) ? api(r, row) : ddf(r, row));
        }

        private boolean decide(Map<String, Integer> header) {
            columns = new LinkedHashMap<>();
            header.keySet().forEach(h -> columns.put(key(h), h));
            if (columns.containsKey("seriescode")) {
                for (String required : List.of("seriescode", "geoareacode", "timeperiod", "value")) {
                    if (!columns.containsKey(required)) {
                        problems.add(new SdgRejection(file, 1, null, "missing column " + required
                                + " (the SDG API CSV needs SeriesCode, GeoAreaCode, TimePeriod and Value)"));
                        return false;
                    }
                }
                layout = API;
            } else if (header.containsKey("geo_area") && header.containsKey("year")) {
                Matcher m = DATAPOINTS.matcher(file.toLowerCase(Locale.ROOT));
                ddfValueColumn = m.matches() && header.containsKey(m.group(1)) ? m.group(1)
                        : header.keySet().stream().filter(h -> !DDF_KEYS.contains(h)).reduce((a, b) -> b).orElse(null);
                if (ddfValueColumn == null) {
                    problems.add(new SdgRejection(file, 1, null, "no value column: a DDF datapoints file has the"
                            + " series code as its last column"));
                    return false;
                }
                layout = DDF;
            } else {
                problems.add(new SdgRejection(file, 1, null, "unknown layout: neither the SDG API CSV (SeriesCode,"
                        + " GeoAreaCode, TimePeriod, Value...) nor DDF datapoints (geo_area, year, <series>)"));
                return false;
            }
            layouts.add(layout);
            return true;
        }

        private SdgRow api(CSVRecord r, long row) {
            Map<String, String> others = new LinkedHashMap<>();
            columns.forEach((k, h) -> {
                if (!API_METADATA.contains(k)) {
                    others.put(h.replace("[", "").replace("]", "").trim(), get(r, h));
                }
            });
            String year = get(r, columns.get("timeperiod"));
            String detail = get(r, columns.get("timedetail"));
            String source = get(r, columns.get("source"));
            String note = join(source == null ? null : "Source: " + source,
                    detail == null || detail.equals(year) ? null : "Time detail: " + detail);
            return new SdgRow(file, row, upper(get(r, columns.get("seriescode"))), get(r, columns.get("seriesdescription")),
                    get(r, columns.get("geoareacode")), get(r, columns.get("geoareaname")), year,
                    get(r, columns.get("value")), get(r, columns.get("sex")), get(r, columns.get("age")),
                    get(r, columns.get("units")), get(r, columns.get("nature")), note, others);
        }

        private SdgRow ddf(CSVRecord r, long row) {
            Map<String, String> others = new LinkedHashMap<>();
            columns.values().forEach(h -> {
                if (!DDF_KEYS.contains(h) && !h.equals(ddfValueColumn)) {
                    others.put(h, get(r, h));
                }
            });
            String[] described = series.get(ddfValueColumn.toLowerCase(Locale.ROOT));
            String area = get(r, "geo_area");
            return new SdgRow(file, row, upper(ddfValueColumn), described == null ? null : described[0], area,
                    area == null ? null : areaNames.get(area), get(r, "year"), get(r, ddfValueColumn), get(r, "sex"),
                    get(r, "age"), get(r, "units"), get(r, "nature"), null, others);
        }
    }

    private static void forEach(SdgSource.Entry entry, RecordHandler handler, List<SdgRejection> problems)
            throws IOException {
        try (InputStream in = entry.opener().open(); Reader reader = utf8(in);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).get().parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (CSVRecord r : parser) {
                handler.handle(header, r);
            }
        } catch (CharacterCodingException e) {
            problems.add(new SdgRejection(entry.name(), 0, null, "the file is not UTF-8 text"));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(new SdgRejection(entry.name(), 1, null, "not a readable CSV file: " + e.getMessage()));
        }
    }

    /** A strict UTF-8 reader that skips a byte-order mark. */
    private static Reader utf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** "[Reporting Type]" -> "reportingtype", "Time_Detail" -> "timedetail". */
    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String get(CSVRecord r, String column) {
        if (column == null || !r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column).trim();
        return v.isEmpty() ? null : v;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ". " + b;
    }
}
