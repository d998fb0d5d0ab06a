package org.haven.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo values: generated (fixed seed), not real statistics, for eight countries across regions and 2023-2025,
 * for the data elements behind the Strategy's own output and outcome indicators (STR-01..STR-11) and the juvenile
 * justice indicators. Magnitudes follow a rough programme size per country and grow each year; parts never exceed
 * their wholes (improved <= tested <= trained, supported <= identified, child-sensitive <= heard, schools with a
 * prevention policy <= schools).
 */
final class DemoValueSet {

    /** Eight countries in different regions, with a rough programme size. */
    static final Map<String, Integer> COUNTRIES = countries();
    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2025;
    private static final Map<String, Integer> SCHOOLS = Map.of("KEN", 32_000, "NGA", 99_000, "BRA", 178_000,
            "MEX", 226_000, "PHL", 61_000, "NPL", 35_000, "JOR", 7_100, "ALB", 1_700);
    private static final List<String> SEXES = List.of("F", "M");

    private final Random random = new Random(2030);
    private final List<DataValueInput> out = new ArrayList<>();

    private DemoValueSet() {
    }

    private static Map<String, Integer> countries() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("KEN", 3);
        m.put("NGA", 6);
        m.put("BRA", 8);
        m.put("MEX", 5);
        m.put("PHL", 6);
        m.put("NPL", 2);
        m.put("JOR", 1);
        m.put("ALB", 1);
        return m;
    }

    /** Every demo value, in a fixed order. */
    static List<DataValueInput> items() {
        DemoValueSet set = new DemoValueSet();
        for (Map.Entry<String, Integer> c : COUNTRIES.entrySet()) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                set.country(c.getKey(), c.getValue(), year);
            }
        }
        return List.copyOf(set.out);
    }

    private void country(String ou, int s, int year) {
        int step = year - FIRST_YEAR;
        double growth = 1 + 0.15 * step;
        String y = String.valueOf(year);
        for (int q = 1; q <= 4; q++) {
            String quarter = y + "Q" + q;
            awareness(ou, quarter, s * growth, step);
            training(ou, quarter, s * growth, step);
        }
        services(ou, y, s * growth, step);
        justice(ou, y, s, step);
        put("LAW_POLICY_ALIGNMENT", ou, y, Map.of(), Math.min(2, step + (s >= 5 ? 1 : 0)));
        put("NATIONAL_VAC_PLAN", ou, y, Map.of(), year >= 2024 || s >= 5 ? 1 : 0);
        int schools = SCHOOLS.get(ou);
        put("SCHOOLS_TOTAL", ou, y, Map.of(), schools + step * schools / 100);
        put("SCHOOLS_PREVENTION", ou, y, Map.of(), (int) Math.round(schools * (0.12 + 0.06 * step + s * 0.01)));
    }

    private void awareness(String ou, String quarter, double size, int step) {
        for (String sex : SEXES) {
            for (String age : List.of("Y0T17", "Y_GE18")) {
                boolean child = age.equals("Y0T17");
                int reached = 0;
                for (String audience : child ? List.of("CHILDREN", "COMMUNITIES") : List.of("FAMILIES", "COMMUNITIES")) {
                    int v = around(140 * size);
                    reached += v;
                    put("AWARENESS_REACHED", ou, quarter, Map.of("SEX", sex, "AGE_CHILD_ADULT", age, "AUDIENCE", audience), v);
                }
                int surveyed = (int) Math.round(reached * 0.08);
                put("AWARENESS_SURVEYED", ou, quarter, Map.of("SEX", sex, "AGE_CHILD_ADULT", age), surveyed);
                put("AWARENESS_IMPROVED", ou, quarter, Map.of("SEX", sex, "AGE_CHILD_ADULT", age),
                        share(surveyed, 0.55 + 0.07 * step));
            }
        }
    }

    private void training(String ou, String quarter, double size, int step) {
        Map<String, Double> women = Map.of("POLICE", 0.3, "PROSECUTOR", 0.45, "SOCIAL_WORKER", 0.75, "TEACHER", 0.65,
                "HEALTH", 0.6);
        for (String profession : List.of("POLICE", "PROSECUTOR", "SOCIAL_WORKER", "TEACHER", "HEALTH")) {
            int total = around(12 * size);
            for (String sex : SEXES) {
                int trained = (int) Math.round(total * (sex.equals("F") ? women.get(profession) : 1 - women.get(profession)));
                int tested = share(trained, 0.8);
                put("PROF_TRAINED", ou, quarter, Map.of("PROFESSION", profession, "SEX", sex), trained);
                put("PROF_TRAINED_TESTED", ou, quarter, Map.of("PROFESSION", profession, "SEX", sex), tested);
                put("PROF_TRAINED_IMPROVED", ou, quarter, Map.of("PROFESSION", profession, "SEX", sex),
                        share(tested, 0.64 + 0.06 * step));
            }
        }
    }

    private void services(String ou, String year, double size, int step) {
        for (String sex : SEXES) {
            for (String age : List.of("Y5T9", "Y10T14", "Y15T17")) {
                put("CHILDREN_PROGRAMMES", ou, year, Map.of("SEX", sex, "AGE_CHILD", age), around(450 * size));
            }
            put("CAREGIVERS_SUPPORTED", ou, year, Map.of("SEX", sex), around((sex.equals("F") ? 520 : 210) * size));
            for (String offence : List.of("0201", "0301", "0204")) {
                double weight = switch (offence) {
                    case "0301" -> sex.equals("F") ? 1.6 : 0.5;
                    case "0204" -> 0.3;
                    default -> 1.0;
                };
                int identified = around(55 * size * weight);
                put("CHILD_VICTIMS_IDENTIFIED", ou, year, Map.of("SEX", sex, "ICCS", offence), identified);
                put("CHILD_VICTIMS_SUPPORTED", ou, year, Map.of("SEX", sex, "ICCS", offence),
                        share(identified, 0.58 + 0.09 * step));
            }
            for (String role : List.of("VICTIM", "WITNESS", "ALLEGED_OFFENDER")) {
                int heard = around((role.equals("ALLEGED_OFFENDER") ? 120 : 70) * size);
                put("JUS_CHILDREN_HEARD", ou, year, Map.of("SEX", sex, "JUSTICE_ROLE", role), heard);
                put("JUS_CHILDREN_CHILD_SENSITIVE", ou, year, Map.of("SEX", sex, "JUSTICE_ROLE", role),
                        share(heard, 0.38 + 0.11 * step));
            }
        }
    }

    private void justice(String ou, String year, int s, int step) {
        for (String sex : SEXES) {
            int sexFactor = sex.equals("M") ? 4 : 1;
            for (String age : List.of("Y10T14", "Y15T17")) {
                int ageFactor = age.equals("Y15T17") ? 3 : 1;
                put("JJ_ARRESTED", ou, year, Map.of("SEX", sex, "AGE_CHILD", age), around(60 * s * sexFactor * ageFactor));
            }
            int detained = around(25 * s * sexFactor * (1 - 0.1 * step));
            put("JJ_DETAINED", ou, year, Map.of("SEX", sex), detained);
            put("JJ_DIVERTED", ou, year, Map.of("SEX", sex), around(30 * s * sexFactor * (1 + 0.2 * step)));
        }
    }

    private int around(double base) {
        return (int) Math.max(0, Math.round(base + base * 0.2 * (random.nextDouble() * 2 - 1)));
    }

    private static int share(int whole, double share) {
        return (int) Math.min(whole, Math.round(whole * share));
    }

    private void put(String element, String ou, String period, Map<String, String> categories, int value) {
        out.add(new DataValueInput(new ValueKey(element, ou, period, categories, null), BigDecimal.valueOf(value), null,
                false));
    }
}
