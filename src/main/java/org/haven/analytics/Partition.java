package org.haven.analytics;

/**
 * The stored values of one data element, column by column and immutable: sorted by period (blocks ordered by first
 * day, then last day) and, within a period, by org unit in depth-first order, so one org unit's subtree within one
 * period is a contiguous run found by binary search, and the values of one cell (element x org unit x period) are
 * adjacent. {@code partner}, {@code nature} and {@code origin} are null when no value has one.
 */
final class Partition {

    static final byte DEMO = 1;
    static final byte APPROVED = 2;
    static final byte PUBLISHED = 4;

    final int[] blockPeriod;
    final int[] blockStart;
    final int[] ou;
    final int[] combo;
    final double[] value;
    final byte[] flags;
    final char[] partner;
    final char[] nature;
    final char[] origin;
    /** True when, in every cell, all stored combinations name the same number of categories. */
    final boolean uniform;
    /** The org unit of every 64th row: binary searches touch this small array, then one stretch of {@code ou}. */
    private final int[] skip;

    Partition(int[] blockPeriod, int[] blockStart, int[] ou, int[] combo, double[] value, byte[] flags,
            char[] partner, char[] nature, char[] origin, boolean uniform) {
        this.blockPeriod = blockPeriod;
        this.blockStart = blockStart;
        this.ou = ou;
        this.combo = combo;
        this.value = value;
        this.flags = flags;
        this.partner = partner;
        this.nature = nature;
        this.origin = origin;
        this.uniform = uniform;
        this.skip = new int[(ou.length + SKIP - 1) >>> SKIP_BITS];
        for (int k = 0; k < skip.length; k++) {
            skip[k] = ou[k << SKIP_BITS];
        }
    }

    private static final int SKIP_BITS = 6;
    private static final int SKIP = 1 << SKIP_BITS;

    int size() {
        return ou.length;
    }

    int blocks() {
        return blockPeriod.length;
    }

    /** The first row in {@code [from, to)} whose org unit is at least {@code unit} (rows are sorted by org unit). */
    int lowerBound(int from, int to, int unit) {
        int kLo = (from + SKIP - 1) >>> SKIP_BITS;
        int kHi = (to - 1) >>> SKIP_BITS;
        if (to - from > SKIP && kLo <= kHi) {
            // the first sampled row at or above unit bounds the answer to one stretch of SKIP rows
            int lo = kLo;
            int hi = kHi + 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (skip[mid] < unit) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int newFrom = lo == kLo ? from : Math.max(from, (lo - 1) << SKIP_BITS);
            int newTo = lo > kHi ? to : Math.min(to, lo << SKIP_BITS);
            from = newFrom;
            to = newTo;
        }
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ou[mid] < unit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Like {@link #lowerBound} when the answer is usually near {@code from} (the end of a small subtree): a short
     * linear walk first, a binary search only beyond it.
     */
    int lowerBoundNear(int from, int to, int unit) {
        int limit = Math.min(to, from + SKIP);
        int r = from;
        while (r < limit && ou[r] < unit) {
            r++;
        }
        return r < limit || r == to ? r : lowerBound(r, to, unit);
    }

    /** Bytes held by the arrays (an estimate of the partition's memory). */
    long bytes() {
        long n = size();
        long b = n * (4 + 4 + 8 + 1) + blockPeriod.length * 8L;
        if (partner != null) {
            b += n * 2;
        }
        if (nature != null) {
            b += n * 4;
        }
        return b;
    }
}
