package org.haven.indicator;

/** Where an indicator comes from, derived from its international code (or, for the Strategy, from none). */
enum IndicatorSource {
    SDG, JJ, INSPIRE, STRATEGY;

    static IndicatorSource of(String internationalCode) {
        String c = internationalCode == null ? "" : internationalCode.trim().toUpperCase(java.util.Locale.ROOT);
        if (c.startsWith("SDG")) {
            return SDG;
        }
        if (c.startsWith("JJ")) {
            return JJ;
        }
        if (c.startsWith("INSPIRE")) {
            return INSPIRE;
        }
        return STRATEGY;
    }
}
