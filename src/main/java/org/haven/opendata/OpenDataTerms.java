package org.haven.opendata;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The licences open data is published under and the citation asked of re-users. Haven's own aggregates (values
 * entered, imported and approved in Haven, and what Haven computes from them) are CC BY 4.0. Values imported from
 * the UN SDG Global Database (published values, whose origin names it) stay under that database's terms: the UN
 * terms of use, with attribution to the UN Statistics Division; the 2020 extract Haven ships came through the
 * Gapminder/open-numbers DDF copy, itself CC BY 4.0. Values of any other named origin are under their source's terms.
 */
final class OpenDataTerms {

    /** A licence: short id (as in the data rows), name, where it is written down, and the attribution it asks. */
    record Licence(String id, String name, String url, String attribution) {
    }

    static final String PUBLISHER = "UNODC and OSRSG-VAC";

    static final Licence HAVEN = new Licence("CC-BY-4.0", "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/", PUBLISHER + ", Haven open data");

    static final Licence SDG_GLOBAL_DATABASE = new Licence("UN-SDG-GLOBAL-DATABASE",
            "UN SDG Global Database terms of use (the 2020 extract shipped with Haven: CC BY 4.0 via Gapminder)",
            "https://www.un.org/en/about-us/terms-of-use",
            "UN Statistics Division, SDG Global Database (https://unstats.un.org/sdgs/dataportal)");

    static final Licence SOURCE_TERMS = new Licence("SOURCE-TERMS", "Terms of the source named in the row", null,
            "The source named in the row's source column");

    static final List<Licence> ALL = List.of(HAVEN, SDG_GLOBAL_DATABASE, SOURCE_TERMS);

    private OpenDataTerms() {
    }

    /** The licence of a value: Haven's own when it has no origin, else its origin's. */
    static Licence licenceOf(String origin) {
        if (origin == null || origin.isBlank()) {
            return HAVEN;
        }
        return origin.toLowerCase(Locale.ROOT).contains("sdg global database") ? SDG_GLOBAL_DATABASE : SOURCE_TERMS;
    }

    /**
     * The licences an indicator's values may be under: Haven's, plus the SDG Global Database terms when the indicator
     * holds SDG series or names that database as its source.
     */
    static List<Licence> dataLicences(org.haven.indicator.IndicatorSheets.IndicatorSheet sheet) {
        boolean sdg = !sheet.sdgSeries().isEmpty() || (sheet.dataSource() != null
                && sheet.dataSource().toLowerCase(Locale.ROOT).contains("sdg global database"));
        return sdg ? List.of(HAVEN, SDG_GLOBAL_DATABASE) : List.of(HAVEN);
    }

    /** "UNODC and OSRSG-VAC, Haven open data, SDG-16.2.2 Victims of trafficking, retrieved 2026-12-01, URL". */
    static String citation(String subject, LocalDate retrieved, String url) {
        return PUBLISHER + ", Haven open data, " + subject + ", retrieved " + retrieved + ", " + url;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
