package org.haven.analytics;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** Heap after garbage collection, and the median time of a repeated call. */
final class BenchMemory {

    private BenchMemory() {
    }

    /** Used heap after three full collections (with pauses so concurrent cleanup finishes). */
    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Runs {@code call} {@code warmup} times untimed, then {@code reps} times; returns the median in ms. */
    static double p50(Callable<?> call, int warmup, int reps) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.call();
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return median(ms);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
