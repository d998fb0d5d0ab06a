package org.haven.data;

import java.util.Arrays;

/** One byte per row number: what the dry run found for it. A million rows take a megabyte. */
final class ImportOutcomes {

    static final byte NONE = 0;
    static final byte CREATED = 1;
    static final byte UPDATED = 2;
    static final byte UNCHANGED = 3;
    static final byte SKIPPED = 4;
    static final byte REJECTED = 5;

    private byte[] outcome = new byte[1 << 12];

    void set(int row, byte value) {
        if (row >= outcome.length) {
            outcome = Arrays.copyOf(outcome, Math.max(row + 1, outcome.length * 2));
        }
        outcome[row] = value;
    }

    byte get(int row) {
        return row < outcome.length ? outcome[row] : NONE;
    }

    int count(byte value) {
        int n = 0;
        for (byte b : outcome) {
            if (b == value) {
                n++;
            }
        }
        return n;
    }
}
