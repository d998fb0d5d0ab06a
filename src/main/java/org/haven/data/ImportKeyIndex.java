package org.haven.data;

import java.nio.charset.StandardCharsets;

/**
 * Remembers the first row of every value key seen in a file, as a 128-bit hash of the canonical key in an
 * open-addressing table (about 40 bytes per row: a million rows fit in a few tens of MB instead of a map of strings).
 * Two different keys share a 128-bit hash with a probability of about 10^-27 for a million rows, so a hit is
 * treated as the same key.
 */
final class ImportKeyIndex {

    private long[] high = new long[1 << 14];
    private long[] low = new long[1 << 14];
    private int[] rows = new int[1 << 14];
    private int size;

    /** Returns the row already holding this key, or 0 after recording {@code row} for it. */
    int putIfAbsent(String key, int row) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return put(hash(bytes, 0xcbf29ce484222325L, 0x100000001b3L),
                hash(bytes, 0x84222325cbf29ce4L, 0x9e3779b97f4a7c15L) | 1, row);
    }

    int size() {
        return size;
    }

    private int put(long h, long l, int row) {
        if (size * 2 >= rows.length) {
            grow();
        }
        int mask = rows.length - 1;
        int i = (int) h & mask;
        while (low[i] != 0) {
            if (low[i] == l && high[i] == h) {
                return rows[i];
            }
            i = (i + 1) & mask;
        }
        high[i] = h;
        low[i] = l;
        rows[i] = row;
        size++;
        return 0;
    }

    /** FNV-1a style with the given basis and odd multiplier, then a 64-bit finaliser. */
    private static long hash(byte[] bytes, long basis, long multiplier) {
        long z = basis;
        for (byte b : bytes) {
            z ^= b & 0xff;
            z *= multiplier;
        }
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85ec5L;
        return z ^ (z >>> 33);
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldRows = rows;
        high = new long[oldRows.length * 2];
        low = new long[oldRows.length * 2];
        rows = new int[oldRows.length * 2];
        size = 0;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldLow[i] != 0) {
                put(oldHigh[i], oldLow[i], oldRows[i]);
            }
        }
    }
}
