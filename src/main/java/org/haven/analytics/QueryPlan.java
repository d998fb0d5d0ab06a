package org.haven.analytics;

import java.util.List;

import org.haven.indicator.RegistrySnapshot.ElementProfile;

/**
 * A validated query against one snapshot of the values and one registry: what to compute ({@code dx}), for which
 * org units (depth-first indices of {@code snapshot.orgs()}), periods (ids in the period dictionary) and split
 * positions, with which filters. The split index of a row is the sum over {@code by} categories of the option's
 * position times the category's stride, so {@code splits} = product of the option counts.
 */
record QueryPlan(ValueSnapshot snapshot, Registry registry, List<Dx> dx, int[] units, int[] periods,
        List<String> by, int[] optionCounts, int[] strides, int splits, boolean approvedOnly,
        boolean[] partnerAllowed, ValueView view, List<String> columns, Overrides overrides) {

    /** One asked code: an indicator or a data element. */
    record Dx(String code, Registry.IndicatorDef indicator, ElementProfile element) {

        boolean isIndicator() {
            return indicator != null;
        }
    }

    /** Aggregations forced for every reference (milestone counts); null fields keep the definitions'. */
    record Overrides(String orgAggregation, String timeAggregation) {

        static final Overrides NONE = new Overrides(null, null);
    }

    int cells() {
        return units.length * periods.length * splits;
    }

    long cell(int unit, int period, int split) {
        return ((long) unit * periods.length + period) * splits + split;
    }

    int unitOf(long cell) {
        return (int) (cell / ((long) periods.length * splits));
    }

    int periodOf(long cell) {
        return (int) ((cell / splits) % periods.length);
    }

    int splitOf(long cell) {
        return (int) (cell % splits);
    }

    /** The option position of by-category {@code c} in split index {@code s}. */
    int position(int s, int c) {
        return (s / strides[c]) % optionCounts[c];
    }
}
