package org.haven.analytics;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/** Heap after garbage collection, and the median time (and mean CPU time) of a repeated call. */
final class BenchMemory {

    private static final long WARMUP_NANOS = 2_000_000_000L;
    private static final int MAX_WARMUP = 2_000;

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

    /** Median wall-clock ms of the timed runs, and their mean CPU ms as {@code cpu} counts it. */
    record Timing(double p50, double cpu) {
    }

    /**
     * Runs {@code call} untimed at least {@code warmup} times and for at least two seconds (at most 2,000 times,
     * so the JIT has compiled the code paths), then {@code reps} times.
     */
    static Timing time(Callable<?> call, LongSupplier cpu, int warmup, int reps) throws Exception {
        long until = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < warmup || (i < MAX_WARMUP && System.nanoTime() < until); i++) {
            call.call();
        }
        double[] ms = new double[reps];
        long cpu0 = cpu.getAsLong();
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return new Timing(median(ms), (cpu.getAsLong() - cpu0) / 1e6 / reps);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
