package org.haven.data;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Identifies one data value: data element x org unit x period x category options (category code -> option code;
 * a subset of the element's categories, a missing category meaning the total over it, an empty map the grand
 * total) x partner (null for none).
 */
public record ValueKey(String dataElement, String orgUnit, String period, Map<String, String> categories,
        String partner) {

    public ValueKey {
        categories = categories == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(categories));
        partner = partner == null || partner.isBlank() ? null : partner;
    }

    /** The canonical combination: {@code CAT:OPT} sorted by category code, joined by ';'; empty for the total. */
    public String combo() {
        return combo(categories);
    }

    /** The canonical combination string of a category -> option map. */
    public static String combo(Map<String, String> categories) {
        if (categories == null || categories.isEmpty()) {
            return "";
        }
        return new TreeMap<>(categories).entrySet().stream()
                .map(e -> e.getKey() + ":" + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining(";"));
    }

    /** Parses a combination string ("SEX:F;AGE:Y0T4"); blank gives the empty map. */
    public static Map<String, String> parseCombo(String combo) {
        Map<String, String> out = new TreeMap<>();
        if (combo == null || combo.isBlank()) {
            return out;
        }
        for (String part : combo.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + p + "' is not CATEGORY:OPTION");
            }
            out.put(p.substring(0, colon).trim(), p.substring(colon + 1).trim());
        }
        return out;
    }
}
