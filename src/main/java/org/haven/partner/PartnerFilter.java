package org.haven.partner;

import java.util.Locale;

import org.springframework.util.MultiValueMap;

/** Filters of the partner list: type, country and a search over code, name and description. */
record PartnerFilter(PartnerType type, String country, String q) {

    static PartnerFilter none() {
        return new PartnerFilter(null, null, null);
    }

    /** From request parameters; an unknown type is a 400 naming the field. */
    static PartnerFilter from(MultiValueMap<String, String> p) {
        String type = blankToNull(p.getFirst("type"));
        PartnerType t = null;
        if (type != null) {
            try {
                t = PartnerType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw org.haven.core.InvalidInputException.of("type", "unknown partner type " + type);
            }
        }
        String country = blankToNull(p.getFirst("country"));
        return new PartnerFilter(t, country == null ? null : country.toUpperCase(Locale.ROOT), blankToNull(p.getFirst("q")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
