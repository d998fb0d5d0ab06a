package org.haven.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The long layout shared by import, export and the Excel template: data_element, org_unit, period, one column per
 * category code (cells are option codes, empty = total over that category), value, comment, and optionally
 * partner and follow_up. Reads a header row and turns later rows into {@link ImportRow}s.
 */
final class ImportColumns {

    static final String DATA_ELEMENT = "data_element";
    static final String ORG_UNIT = "org_unit";
    static final String PERIOD = "period";
    static final String VALUE = "value";
    static final String COMMENT = "comment";
    static final String PARTNER = "partner";
    static final String FOLLOW_UP = "follow_up";
    static final List<String> REQUIRED = List.of(DATA_ELEMENT, ORG_UNIT, PERIOD, VALUE);
    static final List<String> FIXED = List.of(DATA_ELEMENT, ORG_UNIT, PERIOD, VALUE, COMMENT, PARTNER, FOLLOW_UP);

    private final Map<String, Integer> fixed;
    private final Map<String, Integer> categories;
    private final List<String> unknown;

    private ImportColumns(Map<String, Integer> fixed, Map<String, Integer> categories, List<String> unknown) {
        this.fixed = fixed;
        this.categories = categories;
        this.unknown = unknown;
    }

    /** The header of an export or template: the fixed columns around the given category codes. */
    static List<String> header(List<String> categoryCodes, boolean withPartner) {
        List<String> header = new ArrayList<>(List.of(DATA_ELEMENT, ORG_UNIT, PERIOD));
        header.addAll(categoryCodes);
        header.add(VALUE);
        header.add(COMMENT);
        if (withPartner) {
            header.add(PARTNER);
        }
        header.add(FOLLOW_UP);
        return header;
    }

    /**
     * Reads a header row. Names are matched case-insensitively (category codes are upper case); a missing required
     * column or a repeated column stops the import; unknown names are reported, row 1 style, by {@link #unknown()}.
     */
    static ImportColumns of(int headerRow, List<String> names, Set<String> categoryCodes) {
        Map<String, Integer> fixed = new LinkedHashMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String raw = names.get(i).trim();
            if (raw.isEmpty()) {
                continue;
            }
            String lower = raw.toLowerCase(Locale.ROOT);
            String upper = raw.toUpperCase(Locale.ROOT);
            Integer previous;
            if (FIXED.contains(lower)) {
                previous = fixed.putIfAbsent(lower, i);
            } else if (categoryCodes.contains(upper)) {
                previous = categories.putIfAbsent(upper, i);
            } else {
                unknown.add(raw);
                continue;
            }
            if (previous != null) {
                throw new ImportFileException(headerRow, raw, "import.reason.repeatedColumn", raw);
            }
        }
        for (String required : REQUIRED) {
            if (!fixed.containsKey(required)) {
                throw new ImportFileException(headerRow, required, "import.reason.missingColumn", required);
            }
        }
        return new ImportColumns(fixed, categories, unknown);
    }

    /** Keeps spreadsheet programs from running exported text that starts like a formula: prefixes a quote. */
    static String safe(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** Undoes {@link #safe} on import, so export then import gives the same comment. */
    static String unsafe(String s) {
        return s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0 ? s.substring(1) : s;
    }

    /** The header name of a column index, or its spreadsheet letter when it has none. */
    String name(int index) {
        for (Map.Entry<String, Integer> e : fixed.entrySet()) {
            if (e.getValue() == index) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, Integer> e : categories.entrySet()) {
            if (e.getValue() == index) {
                return e.getKey();
            }
        }
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    List<String> unknown() {
        return unknown;
    }

    ImportRow row(int rowNumber, List<String> cells) {
        Map<String, String> options = Map.of();
        for (Map.Entry<String, Integer> c : categories.entrySet()) {
            String option = cell(cells, c.getValue());
            if (!option.isEmpty()) {
                if (options.isEmpty()) {
                    options = new TreeMap<>();
                }
                options.put(c.getKey(), option);
            }
        }
        return new ImportRow(rowNumber, cell(cells, fixed.get(DATA_ELEMENT)), cell(cells, fixed.get(ORG_UNIT)),
                cell(cells, fixed.get(PERIOD)), options, cell(cells, fixed.get(VALUE)),
                unsafe(cell(cells, fixed.get(COMMENT))), cell(cells, fixed.get(PARTNER)), cell(cells, fixed.get(FOLLOW_UP)));
    }

    private static String cell(List<String> cells, Integer index) {
        if (index == null || index >= cells.size()) {
            return "";
        }
        String v = cells.get(index);
        return v == null ? "" : v.trim();
    }
}
