package org.haven.analytics;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Collects rows of one data element in any order (growable primitive columns) and sorts them into a
 * {@link Partition}. Also rebuilds a partition with some cells replaced (copy on write).
 */
final class PartitionBuilder {

    private static final int OU_BITS = 20;
    private static final int ROW_BITS = 31;
    private static final int MAX_RANKS = 1 << 12;

    private int size;
    private int[] ou = new int[16];
    private int[] period = new int[16];
    private int[] combo = new int[16];
    private double[] value = new double[16];
    private byte[] flags = new byte[16];
    private char[] partner;
    private char[] nature;
    private char[] origin;

    void add(int unit, int periodId, int comboId, int partnerId, double v, byte f, int natureId, int originId) {
        if (size == ou.length) {
            grow();
        }
        ou[size] = unit;
        period[size] = periodId;
        combo[size] = comboId;
        value[size] = v;
        flags[size] = f;
        if (partnerId != 0 && partner == null) {
            partner = new char[ou.length];
        }
        if (partner != null) {
            partner[size] = (char) partnerId;
        }
        if ((natureId != 0 || originId != 0) && nature == null) {
            nature = new char[ou.length];
            origin = new char[ou.length];
        }
        if (nature != null) {
            nature[size] = (char) natureId;
            origin[size] = (char) originId;
        }
        size++;
    }

    /** Copies the rows of {@code p} except those whose org unit is in {@code units} and period in {@code periods}. */
    void addKept(Partition p, BitSet units, BitSet periods) {
        for (int b = 0; b < p.blocks(); b++) {
            int pid = p.blockPeriod[b];
            boolean periodTouched = periods == null || periods.get(pid);
            for (int r = p.blockStart[b]; r < p.blockStart[b + 1]; r++) {
                if (periodTouched && (units == null || units.get(p.ou[r]))) {
                    continue;
                }
                add(p.ou[r], pid, p.combo[r], p.partner == null ? 0 : p.partner[r], p.value[r], p.flags[r],
                        p.nature == null ? 0 : p.nature[r], p.origin == null ? 0 : p.origin[r]);
            }
        }
    }

    /** Copies every row of {@code p}. */
    void addAll(Partition p) {
        addKept(p, new BitSet(), new BitSet());
    }

    /** Renumbers the org units of the rows added so far ({@code oldToNew[old index]}; -1 drops the row). */
    void remap(int[] oldToNew) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int unit = oldToNew[ou[i]];
            if (unit < 0) {
                continue;
            }
            ou[kept] = unit;
            period[kept] = period[i];
            combo[kept] = combo[i];
            value[kept] = value[i];
            flags[kept] = flags[i];
            if (partner != null) {
                partner[kept] = partner[i];
            }
            if (nature != null) {
                nature[kept] = nature[i];
                origin[kept] = origin[i];
            }
            kept++;
        }
        size = kept;
    }

    int size() {
        return size;
    }

    private void grow() {
        int n = Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, size * 3L / 2 + 16));
        ou = Arrays.copyOf(ou, n);
        period = Arrays.copyOf(period, n);
        combo = Arrays.copyOf(combo, n);
        value = Arrays.copyOf(value, n);
        flags = Arrays.copyOf(flags, n);
        if (partner != null) {
            partner = Arrays.copyOf(partner, n);
        }
        if (nature != null) {
            nature = Arrays.copyOf(nature, n);
            origin = Arrays.copyOf(origin, n);
        }
    }

    /** Sorts the rows into a partition; {@code comboSizes[c]} is how many categories combination c names. */
    Partition build(PeriodDictionary periods, int[] comboSizes) {
        int[] distinct = Arrays.stream(period, 0, size).distinct().boxed()
                .sorted((a, b) -> {
                    int c = Integer.compare(periods.startDay(a), periods.startDay(b));
                    if (c == 0) {
                        c = Integer.compare(periods.endDay(a), periods.endDay(b));
                    }
                    return c != 0 ? c : Integer.compare(a, b);
                }).mapToInt(Integer::intValue).toArray();
        if (distinct.length > MAX_RANKS) {
            throw new IllegalStateException("more than " + MAX_RANKS + " periods in one data element");
        }
        int maxPeriod = 0;
        for (int id : distinct) {
            maxPeriod = Math.max(maxPeriod, id);
        }
        int[] rankOf = new int[maxPeriod + 1];
        for (int i = 0; i < distinct.length; i++) {
            rankOf[distinct[i]] = i;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            if (ou[i] >= 1 << OU_BITS) {
                throw new IllegalStateException("more than " + (1 << OU_BITS) + " org units");
            }
            keys[i] = ((long) rankOf[period[i]] << (OU_BITS + ROW_BITS)) | ((long) ou[i] << ROW_BITS) | i;
        }
        Arrays.sort(keys);
        int[] sOu = new int[size];
        int[] sCombo = new int[size];
        double[] sValue = new double[size];
        byte[] sFlags = new byte[size];
        char[] sPartner = partner == null ? null : new char[size];
        char[] sNature = nature == null ? null : new char[size];
        char[] sOrigin = nature == null ? null : new char[size];
        int[] blockStart = new int[distinct.length + 1];
        int block = -1;
        boolean uniform = true;
        int groupOu = -1;
        int groupSize = -1;
        long rowMask = (1L << ROW_BITS) - 1;
        for (int j = 0; j < size; j++) {
            int i = (int) (keys[j] & rowMask);
            int rank = (int) (keys[j] >>> (OU_BITS + ROW_BITS));
            while (block < rank) {
                blockStart[++block] = j;
                groupOu = -1;
            }
            sOu[j] = ou[i];
            sCombo[j] = combo[i];
            sValue[j] = value[i];
            sFlags[j] = flags[i];
            if (sPartner != null) {
                sPartner[j] = partner[i];
            }
            if (sNature != null) {
                sNature[j] = nature[i];
                sOrigin[j] = origin[i];
            }
            int cs = comboSizes[combo[i]];
            if (ou[i] != groupOu) {
                groupOu = ou[i];
                groupSize = cs;
            } else if (cs != groupSize) {
                uniform = false;
            }
        }
        blockStart[distinct.length] = size;
        return new Partition(distinct, blockStart, sOu, sCombo, sValue, sFlags, sPartner, sNature, sOrigin, uniform);
    }
}
