package org.haven.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.data.Period;

/**
 * The shape of the analytics benchmark's synthetic data set (no values; {@link BenchValues} writes those): a
 * separate org-unit tree of 4 levels under its own root {@code BW} (8 regions, 195 countries, 10 subnational units
 * each, codes {@code BW-R1}, {@code BW-C001}, {@code BW-C001-01}), 60 data elements {@code BE01..BE60} disaggregated
 * by the shipped categories SEX (F, M) x AGE_CHILD (4 bands), and 50 indicators {@code BI01..BI50}, one per
 * "programme" group: 40 counts of one element and 10 percentages (numerator element / denominator element x 100).
 * Values sit on the subnational units only, monthly 2016-01 to 2030-12: each country runs a few programmes
 * (a group is reported by all 10 of its units, every month, for every sex x age band), the groups being dealt out
 * round-robin over the countries until the asked number of values is reached.
 */
final class BenchDataSet {

    static final String WORLD = "BW";
    static final int REGIONS = 8;
    static final int COUNTRIES = 195;
    static final int UNITS_PER_COUNTRY = 10;
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2030;
    static final int MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;
    static final int GROUPS = 50;
    static final int NODES = 5;
    static final List<String> SEXES = List.of("F", "M");
    static final List<String> AGES = List.of("Y0T4", "Y5T9", "Y10T14", "Y15T17");
    static final int COMBOS = SEXES.size() * AGES.size();
    /** The year queries 2 and 4 ask for, and the year of the targets query 4 compares with. */
    static final int QUERY_YEAR = 2025;

    /** One indicator: a count of {@code numerator}, or a percentage numerator / denominator x 100. */
    record Indicator(String code, String numerator, String denominator, boolean higherIsBetter, String node) {

        boolean percentage() {
            return denominator != null;
        }

        List<String> elements() {
            return percentage() ? List.of(denominator, numerator) : List.of(numerator);
        }
    }

    /** A country (0-based) reporting a programme group (0-based = indicator index) in all its units. */
    record Assignment(int country, int group) {
    }

    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final long values;

    BenchDataSet(long wantedValues) {
        int element = 1;
        for (int g = 0; g < GROUPS; g++) {
            String code = String.format(Locale.ROOT, "BI%02d", g + 1);
            String node = "BENCH-" + (g / (GROUPS / NODES) + 1);
            if (g % 5 == 4) {
                String num = elementCode(element++);
                String den = elementCode(element++);
                indicators.add(new Indicator(code, num, den, true, node));
            } else {
                indicators.add(new Indicator(code, elementCode(element++), null, g % 2 == 0, node));
            }
        }
        long count = 0;
        int maxAssignments = COUNTRIES * GROUPS;
        for (int a = 0; count < wantedValues && a < maxAssignments; a++) {
            int country = a % COUNTRIES;
            int round = a / COUNTRIES;
            Assignment next = new Assignment(country, (round * 17 + country * 7) % GROUPS);
            assignments.add(next);
            count += (long) UNITS_PER_COUNTRY * MONTHS * COMBOS * indicators.get(next.group()).elements().size();
        }
        values = count;
    }

    static String elementCode(int number) {
        return String.format(Locale.ROOT, "BE%02d", number);
    }

    static String region(int region) {
        return "BW-R" + (region + 1);
    }

    static int regionOf(int country) {
        return country % REGIONS;
    }

    static String country(int country) {
        return String.format(Locale.ROOT, "BW-C%03d", country + 1);
    }

    static String unit(int country, int unit) {
        return country(country) + String.format(Locale.ROOT, "-%02d", unit + 1);
    }

    static String combo(String sex, String age) {
        return "AGE_CHILD:" + age + ";SEX:" + sex;
    }

    static Period month(int index) {
        return Period.month(FIRST_YEAR + index / 12, index % 12 + 1);
    }

    List<Indicator> indicators() {
        return indicators;
    }

    List<Assignment> assignments() {
        return assignments;
    }

    /** Number of values the assignments produce (at least the asked number, unless every group is dealt out). */
    long values() {
        return values;
    }

    int elementCount() {
        return indicators.stream().mapToInt(i -> i.elements().size()).sum();
    }

    /** The count indicator reported by the most countries (query 1). */
    Indicator busiestCount() {
        int[] countries = new int[GROUPS];
        assignments.forEach(a -> countries[a.group()]++);
        int best = -1;
        for (int g = 0; g < GROUPS; g++) {
            if (!indicators.get(g).percentage() && (best < 0 || countries[g] > countries[best])) {
                best = g;
            }
        }
        return indicators.get(best);
    }

    /** The country with the most programmes (query 3): the first one dealt. */
    String busiestCountry() {
        return country(assignments.get(0).country());
    }

    List<String> nodes() {
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= NODES; n++) {
            out.add("BENCH-" + n);
        }
        return out;
    }
}
