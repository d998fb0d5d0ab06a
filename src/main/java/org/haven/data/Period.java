package org.haven.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-style period: {@code 2025} (year), {@code 2025Q2} (quarter), {@code 2025-04} (month; DHIS2's
 * {@code 202504} is accepted and canonicalised) and {@code 2025July} (financial year July 2025 - June 2026).
 * {@code start} and {@code end} are inclusive.
 */
public record Period(String iso, PeriodType type, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-?(\\d{2})");
    private static final Pattern FINANCIAL_JULY = Pattern.compile("(\\d{4})July");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    /** Parses a period string; throws IllegalArgumentException with a readable message when it is not one. */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a period is required (e.g. 2025, 2025Q2, 2025-04 or 2025July)");
        }
        String s = text.trim();
        Matcher m;
        if ((m = YEAR.matcher(s)).matches()) {
            return year(year(m.group(1), s));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return quarter(year(m.group(1), s), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("'" + s + "' is not a period: month must be 01 to 12");
            }
            return month(year(m.group(1), s), month);
        }
        if ((m = FINANCIAL_JULY.matcher(s)).matches()) {
            return financialJuly(year(m.group(1), s));
        }
        throw new IllegalArgumentException("'" + s
                + "' is not a period: use 2025 (year), 2025Q2 (quarter), 2025-04 (month) or 2025July (financial year July-June)");
    }

    public static Period year(int year) {
        return new Period(String.valueOf(year), PeriodType.YEARLY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(year + "Q" + quarter, PeriodType.QUARTERLY, start, start.plusMonths(3).minusDays(1));
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(ym.toString(), PeriodType.MONTHLY, ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period financialJuly(int year) {
        return new Period(year + "July", PeriodType.FINANCIAL_JULY, LocalDate.of(year, 7, 1), LocalDate.of(year + 1, 6, 30));
    }

    /** The period of the same type just before this one. */
    public Period previous() {
        return switch (type) {
            case YEARLY -> year(start.getYear() - 1);
            case FINANCIAL_JULY -> financialJuly(start.getYear() - 1);
            case QUARTERLY -> {
                LocalDate s = start.minusMonths(3);
                yield quarter(s.getYear(), (s.getMonthValue() - 1) / 3 + 1);
            }
            case MONTHLY -> {
                LocalDate s = start.minusMonths(1);
                yield month(s.getYear(), s.getMonthValue());
            }
        };
    }

    /** The period of the same type just after this one. */
    public Period next() {
        return switch (type) {
            case YEARLY -> year(start.getYear() + 1);
            case FINANCIAL_JULY -> financialJuly(start.getYear() + 1);
            case QUARTERLY -> {
                LocalDate s = start.plusMonths(3);
                yield quarter(s.getYear(), (s.getMonthValue() - 1) / 3 + 1);
            }
            case MONTHLY -> {
                LocalDate s = start.plusMonths(1);
                yield month(s.getYear(), s.getMonthValue());
            }
        };
    }

    /**
     * The periods of {@code type} from the one containing {@code from}'s start to the one containing {@code to}'s
     * end, in order (empty when {@code to} ends before {@code from} starts).
     */
    public static List<Period> range(PeriodType type, Period from, Period to) {
        List<Period> out = new ArrayList<>();
        Period p = containing(type, from.start());
        while (!p.start().isAfter(to.end())) {
            out.add(p);
            p = p.next();
        }
        return out;
    }

    /** The period of {@code type} that contains {@code date}. */
    public static Period containing(PeriodType type, LocalDate date) {
        return switch (type) {
            case YEARLY -> year(date.getYear());
            case QUARTERLY -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> month(date.getYear(), date.getMonthValue());
            case FINANCIAL_JULY -> financialJuly(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
        };
    }

    private static int year(String digits, String text) {
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("'" + text + "' is not a period: the year must be between "
                    + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }

    @Override
    public String toString() {
        return iso;
    }
}
