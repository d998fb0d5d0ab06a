package org.haven.indicator;

import static org.haven.indicator.LoadIndicatorLibrary.join;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * The rows of the product's reference files ({@code seed/reference}) that shipped indicators point to with
 * {@code ref: sdg:16.2.1}, {@code jj:1} or {@code inspire:1.2}: names, definitions, custodians, units, core and
 * unverified flags and sources.
 */
final class ReferenceRows {

    private static final Pattern UNVERIFIED = Pattern.compile("unverified|not verified", Pattern.CASE_INSENSITIVE);

    record Row(String name, String definition, String office, String internationalCode, String unit, boolean core,
            boolean unverified, String note) {
    }

    private final Map<String, Row> rows = new HashMap<>();

    ReferenceRows() throws Exception {
        for (CSVRecord r : LoadIndicatorLibrary.csv("seed/reference/sdg-indicators.csv")) {
            String all = String.join(" ", r.values());
            rows.put("sdg:" + r.get("code"), new Row(r.get("title"),
                    r.get("title") + ". Standard disaggregation: " + r.get("disaggregations"), r.get("custodian"),
                    "SDG " + r.get("code"), r.get("unit"), false, UNVERIFIED.matcher(all).find(),
                    "Reference (seed/reference/sdg-indicators.csv): unit " + r.get("unit") + ". Sources: " + r.get("source")));
        }
        for (CSVRecord r : LoadIndicatorLibrary.csv("seed/reference/juvenile-justice-indicators.csv")) {
            String core = r.get("core");
            boolean unverified = UNVERIFIED.matcher(core + " " + r.get("notes")).find();
            rows.put("jj:" + r.get("number"), new Row(r.get("name"),
                    join("Numerator: " + r.get("numerator") + ".", "Denominator: " + r.get("denominator") + ".", r.get("notes")),
                    null, "JJ-" + r.get("number"), "", "core".equals(core), unverified,
                    "Reference (seed/reference/juvenile-justice-indicators.csv): " + r.get("type") + " indicator, " + core
                            + ". Sources: " + r.get("source")));
        }
        for (CSVRecord r : LoadIndicatorLibrary.csv("seed/reference/inspire.csv")) {
            if ("core_indicator".equals(r.get("type"))) {
                rows.put("inspire:" + r.get("code"), new Row(r.get("name"), r.get("description"), null,
                        "INSPIRE " + r.get("code"), "", false, !"verified".equals(r.get("status")),
                        "Reference (seed/reference/inspire.csv): INSPIRE core indicator " + r.get("code")
                                + (r.get("sdg_link").isBlank() ? "" : ", linked to " + r.get("sdg_link"))
                                + ". Sources: " + r.get("source")));
            }
        }
    }

    /** The row for "sdg:16.2.1" and the like; null for no reference; an unknown reference fails the load. */
    Row find(String ref) {
        if (ref == null) {
            return null;
        }
        Row row = rows.get(ref);
        if (row == null) {
            throw new IllegalStateException("Unknown reference " + ref);
        }
        return row;
    }
}
