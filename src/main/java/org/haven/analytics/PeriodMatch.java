package org.haven.analytics;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * For one query: which asked periods a stored period counts in, computed once per stored period and shared by
 * every reference scan (thread-safe). PERIOD view: the stored period lies within the asked one (or, without time
 * aggregation, is the asked one); CUMULATIVE: it lies between the start of the Strategy and the asked period's end;
 * LATEST: it ends on or before the asked period's end.
 */
final class PeriodMatch {

    private static final int[] NONE = new int[0];

    private final QueryPlan plan;
    private final PeriodDictionary periods;
    private final AtomicReferenceArray<int[]> within;
    private final AtomicReferenceArray<int[]> exactly;

    PeriodMatch(QueryPlan plan, PeriodDictionary periods, int knownPeriods) {
        this.plan = plan;
        this.periods = periods;
        this.within = new AtomicReferenceArray<>(knownPeriods);
        this.exactly = new AtomicReferenceArray<>(knownPeriods);
    }

    /** The indices of the asked periods the stored period {@code pid} counts in. */
    int[] outs(int pid, boolean exactTime) {
        AtomicReferenceArray<int[]> cache = exactTime ? exactly : within;
        if (pid >= cache.length()) {
            return compute(pid, exactTime);
        }
        int[] known = cache.get(pid);
        if (known == null) {
            known = compute(pid, exactTime);
            cache.set(pid, known);
        }
        return known;
    }

    private int[] compute(int pid, boolean exactTime) {
        int[] asked = plan.periods();
        int start = periods.startDay(pid);
        int end = periods.endDay(pid);
        int[] buffer = new int[asked.length];
        int k = 0;
        for (int p = 0; p < asked.length; p++) {
            int aStart = periods.startDay(asked[p]);
            int aEnd = periods.endDay(asked[p]);
            boolean in = switch (plan.view()) {
                case PERIOD -> exactTime ? pid == asked[p] : start >= aStart && end <= aEnd;
                case CUMULATIVE -> start >= RefScan.STRATEGY_START && end <= aEnd;
                case LATEST -> end <= aEnd;
            };
            if (in) {
                buffer[k++] = p;
            }
        }
        return k == 0 ? NONE : Arrays.copyOf(buffer, k);
    }
}
