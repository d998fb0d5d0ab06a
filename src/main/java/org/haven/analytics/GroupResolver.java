package org.haven.analytics;

import java.util.Arrays;

/**
 * Resolves the rows of one stored cell (element x org unit x period, all partners) for each split position: the
 * rows whose combination is exactly the wanted one when there are any, else the rows naming the most categories.
 * Reused across cells; cells hold few rows, so positions are found by linear search.
 */
final class GroupResolver {

    private int size;
    private int[] split = new int[8];
    private double[] exactSum = new double[8];
    private boolean[] exactFound = new boolean[8];
    private int[] exactFlags = new int[8];
    private long[] exactNatures = new long[8];
    private long[] exactOrigins = new long[8];
    private int[] maxSize = new int[8];
    private double[] maxSum = new double[8];
    private int[] maxFlags = new int[8];
    private long[] maxNatures = new long[8];
    private long[] maxOrigins = new long[8];

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void add(int s, boolean exact, int comboSize, double v, int f, int natureId, int originId) {
        int k = 0;
        while (k < size && split[k] != s) {
            k++;
        }
        if (k == size) {
            if (size == split.length) {
                grow();
            }
            split[k] = s;
            exactSum[k] = 0;
            exactFound[k] = false;
            exactFlags[k] = 0;
            exactNatures[k] = 0;
            exactOrigins[k] = 0;
            maxSize[k] = -1;
            maxSum[k] = 0;
            maxFlags[k] = 0;
            maxNatures[k] = 0;
            maxOrigins[k] = 0;
            size++;
        }
        long nat = CellTable.bit0(natureId);
        long ori = CellTable.bit0(originId);
        if (exact) {
            exactFound[k] = true;
            exactSum[k] += v;
            exactFlags[k] |= f;
            exactNatures[k] |= nat;
            exactOrigins[k] |= ori;
        }
        if (comboSize > maxSize[k]) {
            maxSize[k] = comboSize;
            maxSum[k] = v;
            maxFlags[k] = f;
            maxNatures[k] = nat;
            maxOrigins[k] = ori;
        } else if (comboSize == maxSize[k]) {
            maxSum[k] += v;
            maxFlags[k] |= f;
            maxNatures[k] |= nat;
            maxOrigins[k] |= ori;
        }
    }

    int split(int k) {
        return split[k];
    }

    double value(int k) {
        return exactFound[k] ? exactSum[k] : maxSum[k];
    }

    int flags(int k) {
        return exactFound[k] ? exactFlags[k] : maxFlags[k];
    }

    long natures(int k) {
        return exactFound[k] ? exactNatures[k] : maxNatures[k];
    }

    long origins(int k) {
        return exactFound[k] ? exactOrigins[k] : maxOrigins[k];
    }

    private void grow() {
        int n = split.length * 2;
        split = Arrays.copyOf(split, n);
        exactSum = Arrays.copyOf(exactSum, n);
        exactFound = Arrays.copyOf(exactFound, n);
        exactFlags = Arrays.copyOf(exactFlags, n);
        exactNatures = Arrays.copyOf(exactNatures, n);
        exactOrigins = Arrays.copyOf(exactOrigins, n);
        maxSize = Arrays.copyOf(maxSize, n);
        maxSum = Arrays.copyOf(maxSum, n);
        maxFlags = Arrays.copyOf(maxFlags, n);
        maxNatures = Arrays.copyOf(maxNatures, n);
        maxOrigins = Arrays.copyOf(maxOrigins, n);
    }
}
