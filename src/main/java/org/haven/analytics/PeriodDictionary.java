package org.haven.analytics;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import org.haven.data.Period;

/**
 * Every period seen in stored values or queries, by dense id, with its first and last day (epoch days) so the scan
 * compares integers. Append-only like {@link Interner}; other spellings of a period (DHIS2's "202504") map to the
 * id of its ISO form.
 */
final class PeriodDictionary {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private volatile Period[] periods = new Period[64];
    private volatile int[] startDays = new int[64];
    private volatile int[] endDays = new int[64];
    private volatile int size;

    /** The id of the period written {@code text}, adding it when new; IllegalArgumentException when not a period. */
    int intern(String text) {
        Integer known = ids.get(text);
        if (known != null) {
            return known;
        }
        Period p = Period.parse(text);
        synchronized (this) {
            Integer id = ids.get(p.iso());
            if (id == null) {
                id = size;
                Period[] ps = periods;
                int[] starts = startDays;
                int[] ends = endDays;
                if (id >= ps.length) {
                    ps = Arrays.copyOf(ps, ps.length * 2);
                    starts = Arrays.copyOf(starts, ps.length);
                    ends = Arrays.copyOf(ends, ps.length);
                }
                ps[id] = p;
                starts[id] = (int) p.start().toEpochDay();
                ends[id] = (int) p.end().toEpochDay();
                periods = ps;
                startDays = starts;
                endDays = ends;
                size++;
                ids.put(p.iso(), id);
            }
            ids.put(text, id);
            return id;
        }
    }

    /** The id of an already known period, or -1. */
    int find(String text) {
        Integer id = ids.get(text);
        return id == null ? -1 : id;
    }

    /** How many periods are known; ids run from 0 to size - 1. */
    int size() {
        return size;
    }

    Period period(int id) {
        return periods[id];
    }

    int startDay(int id) {
        return startDays[id];
    }

    int endDay(int id) {
        return endDays[id];
    }
}
