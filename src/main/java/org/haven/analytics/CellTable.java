package org.haven.analytics;

import java.util.Arrays;

/**
 * Accumulators keyed by a long (a result cell, or a cell and an org unit): open addressing with linear probing,
 * primitive columns, no boxing. Per slot: a sum, a count, a period id (for "latest" and "average over time"), the
 * flags of the values behind it and bit sets of their natures and origins (ids 1 to 62; bit 63 = a larger id).
 */
final class CellTable {

    private static final long EMPTY = Long.MIN_VALUE;

    /** Null in dense mode, where the key is the slot and a slot with a count is present. */
    private long[] keys;
    private final boolean dense;
    double[] sum;
    int[] count;
    int[] period;
    int[] flags;
    long[] natures;
    long[] origins;
    private int size;
    private int mask;

    CellTable(int expected) {
        this.dense = false;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(cap);
    }

    private CellTable(int cells, boolean dense) {
        this.dense = dense;
        sum = new double[cells];
        count = new int[cells];
        period = new int[0];
        flags = new int[cells];
        natures = new long[cells];
        origins = new long[cells];
        mask = cells;
    }

    /** A table for keys 0 to cells - 1 held in plain arrays (no hashing); slots are keys, present once counted. */
    static CellTable dense(int cells) {
        return new CellTable(cells, true);
    }

    /** Dense when the keys fit in {@code limit} slots, else hashed. */
    static CellTable forCells(long cells, int limit) {
        return cells <= limit ? dense((int) cells) : new CellTable(1 << 10);
    }

    boolean isDense() {
        return dense;
    }

    private void allocate(int cap) {
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        sum = new double[cap];
        count = new int[cap];
        period = new int[cap];
        Arrays.fill(period, -1);
        flags = new int[cap];
        natures = new long[cap];
        origins = new long[cap];
        mask = cap - 1;
        size = 0;
    }

    /** The slot of {@code key}, created (zeroed, period -1) when absent; in dense mode present once counted. */
    int slot(long key) {
        if (dense) {
            return (int) key;
        }
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                if (size * 2 >= keys.length) {
                    grow();
                    return slot(key);
                }
                keys[i] = key;
                size++;
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /** The slot of {@code key}, or -1. */
    int find(long key) {
        if (dense) {
            return key >= 0 && key < mask && count[(int) key] > 0 ? (int) key : -1;
        }
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The key in slot {@code i}, or Long.MIN_VALUE for an empty slot; slots run from 0 to {@link #capacity()}. */
    long key(int i) {
        if (dense) {
            return count[i] > 0 ? i : EMPTY;
        }
        return keys[i];
    }

    int capacity() {
        return dense ? mask : keys.length;
    }

    static boolean empty(long key) {
        return key == EMPTY;
    }

    /** Adds a value with its flags, nature and origin ids to the slot. */
    void add(int slot, double v, int f, int natureId, int originId) {
        sum[slot] += v;
        count[slot]++;
        flags[slot] |= f;
        if (natureId != 0) {
            natures[slot] |= bit(natureId);
        }
        if (originId != 0) {
            origins[slot] |= bit(originId);
        }
    }

    /** Merges the marks (flags, natures, origins) of {@code from}'s slot into this slot. */
    void mark(int slot, int f, long natureBits, long originBits) {
        flags[slot] |= f;
        natures[slot] |= natureBits;
        origins[slot] |= originBits;
    }

    /** The bit of a nature or origin id; 0 (none) has no bit. */
    static long bit0(int id) {
        return id == 0 ? 0 : bit(id);
    }

    static long bit(int id) {
        return id < 63 ? 1L << id : 1L << 63;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldSum = sum;
        int[] oldCount = count;
        int[] oldPeriod = period;
        int[] oldFlags = flags;
        long[] oldNatures = natures;
        long[] oldOrigins = origins;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                sum[s] = oldSum[i];
                count[s] = oldCount[i];
                period[s] = oldPeriod[i];
                flags[s] = oldFlags[i];
                natures[s] = oldNatures[i];
                origins[s] = oldOrigins[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
