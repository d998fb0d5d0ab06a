package org.haven.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * How stored org units map to the asked ones. Asked units of one level never overlap, so each level is a layer with
 * an array from stored unit to asked unit (its ancestor-or-self at that level, or -1) and the intervals of the
 * depth-first numbering the layer covers; overlapping asks (World and Kenya) fall in different layers. With
 * {@code exact} (aggregation NONE across org units) a stored unit maps only to itself.
 */
final class Layers {

    /** Above this many intervals a layer scans its whole span and relies on the map. */
    private static final int MAX_INTERVALS = 48;
    /** Intervals this close are scanned as one (the map drops the units in between). */
    private static final int GAP = 4;

    record Layer(int[] map, int[] lo, int[] hi) {
    }

    final List<Layer> layers;

    private Layers(List<Layer> layers) {
        this.layers = layers;
    }

    static Layers of(int[] units, OrgTree tree, boolean exact) {
        TreeMap<Integer, List<Integer>> byLevel = new TreeMap<>();
        for (int i = 0; i < units.length; i++) {
            byLevel.computeIfAbsent(exact ? 0 : tree.level(units[i]), k -> new ArrayList<>()).add(i);
        }
        List<Layer> out = new ArrayList<>();
        for (List<Integer> asked : byLevel.values()) {
            int[] map = new int[tree.size()];
            Arrays.fill(map, -1);
            List<int[]> intervals = new ArrayList<>();
            for (int a : asked) {
                int u = units[a];
                int end = exact ? u + 1 : tree.end(u);
                for (int j = u; j < end; j++) {
                    map[j] = a;
                }
                intervals.add(new int[] {u, end});
            }
            intervals.sort((x, y) -> Integer.compare(x[0], y[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] iv : intervals) {
                int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && iv[0] - last[1] <= GAP) {
                    last[1] = Math.max(last[1], iv[1]);
                } else {
                    merged.add(new int[] {iv[0], iv[1]});
                }
            }
            if (merged.size() > MAX_INTERVALS) {
                int lo = merged.get(0)[0];
                int hi = merged.get(merged.size() - 1)[1];
                merged = List.of(new int[] {lo, hi});
            }
            int[] lo = new int[merged.size()];
            int[] hi = new int[merged.size()];
            for (int k = 0; k < merged.size(); k++) {
                lo[k] = merged.get(k)[0];
                hi[k] = merged.get(k)[1];
            }
            out.add(new Layer(map, lo, hi));
        }
        return new Layers(List.copyOf(out));
    }
}
