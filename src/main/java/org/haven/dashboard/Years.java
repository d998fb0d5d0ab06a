package org.haven.dashboard;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** The years dashboards ask analytics for: from the earliest published SDG values (1990) to the Strategy's end. */
final class Years {

    static final int FIRST = 1990;
    static final int LAST = 2030;

    private Years() {
    }

    /** The ISO periods of every year from {@link #FIRST} to {@code last}. */
    static List<String> upTo(int last) {
        List<String> out = new ArrayList<>();
        for (int y = FIRST; y <= last; y++) {
            out.add(String.valueOf(y));
        }
        return out;
    }

    /** Every year up to the later of this year and the Strategy's end, so values entered for 2030 show too. */
    static List<String> all(Clock clock) {
        return upTo(Math.max(LAST, Year.now(clock).getValue()));
    }

    /** The year of a yearly period key, or null when the key is not a plain year. */
    static Integer year(String period) {
        if (period == null || period.length() != 4) {
            return null;
        }
        try {
            return Integer.valueOf(period);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
