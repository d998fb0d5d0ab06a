package org.haven.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The disaggregation of a baseline or target: {@code "CATEGORY:OPTION;CATEGORY:OPTION"} with the parts sorted by
 * category code, {@code ""} for the total. Each category appears at most once.
 */
final class TargetCombo {

    static final int MAX_LENGTH = 400;

    private TargetCombo() {
    }

    /** The canonical text of a combination written in any order, with spaces allowed around the separators. */
    static String canonical(String text) {
        return format(parse(text));
    }

    /**
     * Category code -> option code, sorted by category code; empty for blank text.
     *
     * @throws IllegalArgumentException naming the part that is not CATEGORY:OPTION or the repeated category
     */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String raw : text.split(";", -1)) {
            String part = raw.trim();
            int colon = part.indexOf(':');
            if (part.isEmpty() || colon <= 0 || colon == part.length() - 1 || part.indexOf(':', colon + 1) >= 0) {
                throw new IllegalArgumentException("'" + part + "' is not CATEGORY:OPTION (parts are separated by ';')");
            }
            String category = part.substring(0, colon).trim();
            String option = part.substring(colon + 1).trim();
            if (out.put(category, option) != null) {
                throw new IllegalArgumentException("category " + category + " appears more than once");
            }
        }
        return out;
    }

    static String format(Map<String, String> sorted) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(sorted).forEach((c, o) -> parts.add(c + ":" + o));
        return String.join(";", parts);
    }
}
