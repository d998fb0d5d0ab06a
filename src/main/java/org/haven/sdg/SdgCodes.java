package org.haven.sdg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.indicator.PublishedSeries.AgeBand;
import org.haven.indicator.PublishedSeries.Kind;

/**
 * Reads the codes both layouts use for sex, age, nature, units, years and values, into Haven's: SEX options F, M, U;
 * age bands Y1T14, Y_GE18, Y0T17 (SDMX style); nature codes in upper case. {@code bothsex}, {@code allage} and
 * {@code _T} are the total (no option). Unreadable codes throw IllegalArgumentException with the reason.
 */
final class SdgCodes {

    /** Decimals kept: the data module stores at most 6 (a published 0.0904397 is stored as 0.090440). */
    static final int DECIMALS = 6;
    private static final Set<String> TOTALS = Set.of("", "_T", "T", "TOTAL", "ALLAGE", "BOTHSEX", "ALLAREA", "_Z");
    private static final Pattern RANGE = Pattern.compile("(?:Y)?(\\d{1,3})(?:_|-|T)(\\d{1,3})");
    private static final Pattern OVER = Pattern.compile("(?:Y_GE)?(\\d{1,3})\\+?");
    private static final Pattern UNDER = Pattern.compile("(?:LT|<)(\\d{1,3})Y?");
    private static final Pattern UP_TO = Pattern.compile("(?:LT_|<=)(\\d{1,3})Y?");
    private static final Pattern MONTHS = Pattern.compile("M(\\d{1,3})T(\\d{1,3})");
    private static final Pattern RATE = Pattern.compile("PER_(\\d+)_(POP|LIVE_BIRTHS|EMP)");
    private static final Pattern NATURE = Pattern.compile("[A-Z]{1,10}");

    /** The unit of a series: kind of value and the text shown with it. */
    record Unit(String code, Kind kind, String text) {
    }

    private SdgCodes() {
    }

    static boolean isTotal(String code) {
        return code == null || TOTALS.contains(code.trim().toUpperCase(Locale.ROOT));
    }

    /** F, M or U; null for the total. */
    static String sex(String raw) {
        if (isTotal(raw)) {
            return null;
        }
        return switch (raw.trim().toUpperCase(Locale.ROOT)) {
            case "FEMALE", "F" -> "F";
            case "MALE", "M" -> "M";
            case "_U", "U", "NOTSPEC", "UNKNOWN" -> "U";
            default -> throw new IllegalArgumentException("unknown sex '" + raw + "' (female, male, bothsex or _T)");
        };
    }

    /** The age band; null for all ages. */
    static AgeBand age(String raw) {
        if (isTotal(raw)) {
            return null;
        }
        String a = raw.trim().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = RANGE.matcher(a)).matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (from > to) {
                throw new IllegalArgumentException("age band '" + raw + "' ends before it starts");
            }
            return new AgeBand("Y" + from + "T" + to, from + "-" + to + " years", from, to);
        }
        if ((m = UP_TO.matcher(a)).matches()) {
            int to = Integer.parseInt(m.group(1));
            return new AgeBand("Y0T" + to, to + " years and under", 0, to);
        }
        if ((m = UNDER.matcher(a)).matches()) {
            int under = Integer.parseInt(m.group(1));
            if (under == 0) {
                throw new IllegalArgumentException("unknown age '" + raw + "'");
            }
            return under == 1 ? new AgeBand("Y0", "under 1 year", 0, 0)
                    : new AgeBand("Y0T" + (under - 1), "under " + under + " years", 0, under - 1);
        }
        if ((m = OVER.matcher(a)).matches()) {
            int from = Integer.parseInt(m.group(1));
            return new AgeBand("Y_GE" + from, from + " years and over", from, null);
        }
        if ((m = MONTHS.matcher(a)).matches()) {
            return new AgeBand("M" + m.group(1) + "T" + m.group(2), m.group(1) + "-" + m.group(2) + " months",
                    Integer.parseInt(m.group(1)) / 12, Integer.parseInt(m.group(2)) / 12);
        }
        if (a.equals("LT1M") || a.equals("<1M")) {
            return new AgeBand("M0", "under 1 month", 0, 0);
        }
        if (a.equals("_U") || a.equals("U") || a.equals("NOTSPEC")) {
            return new AgeBand("UNK", "Age unknown", null, null);
        }
        throw new IllegalArgumentException("unknown age '" + raw + "' (e.g. 1-14, 18+, <18Y, allage)");
    }

    /** The nature code in upper case; null when not given or not specified. */
    static String nature(String raw) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("notspec")) {
            return null;
        }
        String n = raw.trim().toUpperCase(Locale.ROOT);
        if (!NATURE.matcher(n).matches()) {
            throw new IllegalArgumentException("unknown nature '" + raw + "' (C, CA, E, M, G, N...)");
        }
        return n;
    }

    /** The unit of a value; percentages, counts and rates per N people are stored as published. */
    static Unit unit(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("the unit is missing");
        }
        String u = raw.trim().toUpperCase(Locale.ROOT);
        if (u.equals("PERCENT")) {
            return new Unit(u, Kind.PERCENTAGE, "%");
        }
        if (u.equals("PER_MARW_20T24Y")) {
            // the 2020 extract's unit of SP_DYN_MRBF15/18 ("% of women aged 20-24"); the SDG API says PERCENT
            return new Unit(u, Kind.PERCENTAGE, "%");
        }
        if (u.equals("NUMBER")) {
            return new Unit(u, Kind.COUNT, "number");
        }
        Matcher m = RATE.matcher(u);
        if (m.matches()) {
            String per = String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(1)));
            String of = switch (m.group(2)) {
                case "POP" -> "population";
                case "LIVE_BIRTHS" -> "live births";
                default -> "employees";
            };
            return new Unit(u, Kind.RATE, "per " + per + " " + of);
        }
        throw new IllegalArgumentException("unit '" + raw + "' cannot be stored as published (percent, number,"
                + " per N population)");
    }

    /** The year as an ISO period ("2019"); TimePeriod may come as "2019.0". */
    static String year(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("the year is missing");
        }
        String y = raw.trim().endsWith(".0") ? raw.trim().substring(0, raw.trim().length() - 2) : raw.trim();
        if (!y.matches("\\d{4}") || Integer.parseInt(y) < 1900 || Integer.parseInt(y) > 2100) {
            throw new IllegalArgumentException("'" + raw + "' is not a year");
        }
        return y;
    }

    /** The value, rounded to {@link #DECIMALS} decimals when it has more. */
    static BigDecimal value(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("the value is empty");
        }
        try {
            BigDecimal v = new BigDecimal(raw.trim());
            return v.scale() > DECIMALS ? v.setScale(DECIMALS, RoundingMode.HALF_EVEN) : v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a number");
        }
    }

    /** The M49 code as a number ("004" and "4" are Afghanistan). */
    static int m49(String raw) {
        if (raw == null || !raw.trim().matches("\\d{1,3}")) {
            throw new IllegalArgumentException("'" + raw + "' is not a UN M49 area code");
        }
        return Integer.parseInt(raw.trim());
    }
}
