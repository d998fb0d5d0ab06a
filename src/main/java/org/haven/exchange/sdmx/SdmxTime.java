package org.haven.exchange.sdmx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.data.Period;

/**
 * Haven periods as SDMX FREQ and TIME_PERIOD and back: a year is A "2025", a quarter Q "2025-Q2", a month M
 * "2025-04". A July-June financial year has no SDMX frequency here and is not exchanged.
 */
final class SdmxTime {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private SdmxTime() {
    }

    /** {FREQ, TIME_PERIOD}; null for a period SDMX output leaves out. */
    static String[] of(Period p) {
        return switch (p.type()) {
            case YEARLY -> new String[] {"A", p.iso()};
            case QUARTERLY -> new String[] {"Q", p.iso().replace("Q", "-Q")};
            case MONTHLY -> new String[] {"M", p.iso()};
            default -> null;
        };
    }

    /** Haven's period for an SDMX FREQ and TIME_PERIOD; IllegalArgumentException naming the mismatch. */
    static Period parse(String freq, String timePeriod) {
        String t = timePeriod == null ? "" : timePeriod.trim();
        Period p;
        Matcher q = QUARTER.matcher(t);
        try {
            p = switch (freq == null ? "" : freq.trim()) {
                case "A" -> t.matches("\\d{4}") ? Period.parse(t) : null;
                case "Q" -> q.matches() ? Period.parse(q.group(1) + "Q" + q.group(2)) : null;
                case "M" -> t.matches("\\d{4}-\\d{2}") ? Period.parse(t) : null;
                default -> throw new IllegalArgumentException("FREQ '" + freq + "' is not a code of CL_FREQ (A, Q, M)");
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("FREQ")) {
                throw e;
            }
            p = null;
        }
        if (p == null) {
            throw new IllegalArgumentException("TIME_PERIOD '" + timePeriod + "' is not a period of FREQ " + freq
                    + " (A: 2025, Q: 2025-Q2, M: 2025-04)");
        }
        return p;
    }
}
