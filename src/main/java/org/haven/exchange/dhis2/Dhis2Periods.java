package org.haven.exchange.dhis2;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.data.Period;

/**
 * DHIS2 and ADX periods and Haven's. Haven keeps years ({@code 2025}), quarters ({@code 2025Q1}), months
 * ({@code 202501}, Haven {@code 2025-01}) and July financial years ({@code 2025July}); DHIS2's daily, weekly,
 * bi-monthly, six-monthly and other financial years have no Haven equivalent and are refused by name.
 */
final class Dhis2Periods {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])");
    private static final Pattern DAILY = Pattern.compile("\\d{8}");
    private static final Pattern WEEKLY = Pattern.compile("\\d{4}(Wed|Thu|Sat|Sun)?W\\d{1,2}");
    private static final Pattern BI_WEEKLY = Pattern.compile("\\d{4}BiW\\d{1,2}");
    private static final Pattern BI_MONTHLY = Pattern.compile("\\d{6}B");
    private static final Pattern SIX_MONTHLY = Pattern.compile("\\d{4}(April|Nov)?S[12]");
    private static final Pattern FINANCIAL = Pattern.compile("\\d{4}(April|Oct|Nov)");
    private static final Pattern ADX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(P\\w+)");

    private Dhis2Periods() {
    }

    /** The Haven period of a DHIS2 period; IllegalArgumentException naming the period type Haven lacks. */
    static Period fromDhis2(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a period is required (e.g. 202501, 2025Q1, 2025 or 2025July)");
        }
        String s = text.trim();
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            return Period.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (s.matches("\\d{4}") || s.matches("\\d{4}Q[1-4]") || s.matches("\\d{4}July")) {
            return Period.parse(s);
        }
        String lacking = DAILY.matcher(s).matches() ? "daily"
                : WEEKLY.matcher(s).matches() ? "weekly"
                : BI_WEEKLY.matcher(s).matches() ? "bi-weekly"
                : BI_MONTHLY.matcher(s).matches() ? "bi-monthly"
                : SIX_MONTHLY.matcher(s).matches() ? "six-monthly"
                : FINANCIAL.matcher(s).matches() ? "financial-year (" + s.substring(4) + ")" : null;
        if (lacking != null) {
            throw new IllegalArgumentException("'" + s + "' is a DHIS2 " + lacking + " period; Haven keeps only "
                    + "monthly (202501), quarterly (2025Q1), yearly (2025) and July financial-year (2025July) values");
        }
        throw new IllegalArgumentException("'" + s + "' is not a DHIS2 period (use 202501, 2025Q1, 2025 or 2025July)");
    }

    /** The DHIS2 name of a Haven period. */
    static String toDhis2(Period p) {
        return switch (p.type()) {
            case MONTHLY -> String.format("%04d%02d", p.start().getYear(), p.start().getMonthValue());
            case QUARTERLY, YEARLY, FINANCIAL_JULY -> p.iso();
        };
    }

    /** The Haven period of an ADX period ({@code 2025-01-01/P1M}, {@code /P3M}, {@code /P1Y}). */
    static Period fromAdx(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a period is required (e.g. 2025-01-01/P1M)");
        }
        String s = text.trim();
        Matcher m = ADX.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not an ADX period (start date/ISO 8601 duration, "
                    + "e.g. 2025-01-01/P1M)");
        }
        LocalDate start;
        try {
            start = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' has no valid start date");
        }
        String duration = m.group(2);
        int month = start.getMonthValue();
        boolean first = start.getDayOfMonth() == 1;
        if (first && duration.equals("P1M")) {
            return Period.month(start.getYear(), month);
        }
        if (first && duration.equals("P3M") && (month - 1) % 3 == 0) {
            return Period.quarter(start.getYear(), (month - 1) / 3 + 1);
        }
        if (first && (duration.equals("P1Y") || duration.equals("P12M")) && month == 1) {
            return Period.year(start.getYear());
        }
        if (first && (duration.equals("P1Y") || duration.equals("P12M")) && month == 7) {
            return Period.financialJuly(start.getYear());
        }
        String kind = switch (duration) {
            case "P1D" -> "daily";
            case "P7D", "P1W" -> "weekly";
            case "P14D", "P2W" -> "bi-weekly";
            case "P2M" -> "bi-monthly";
            case "P6M" -> "six-monthly";
            default -> null;
        };
        throw new IllegalArgumentException("'" + s + "' is " + (kind == null ? "not a period Haven keeps"
                : "a " + kind + " period, which Haven does not keep")
                + "; use a month (YYYY-MM-01/P1M), quarter (/P3M from Jan, Apr, Jul or Oct), year (YYYY-01-01/P1Y) "
                + "or July financial year (YYYY-07-01/P1Y)");
    }

    /** The ADX name of a Haven period. */
    static String toAdx(Period p) {
        return p.start() + "/" + switch (p.type()) {
            case MONTHLY -> "P1M";
            case QUARTERLY -> "P3M";
            case YEARLY, FINANCIAL_JULY -> "P1Y";
        };
    }
}
