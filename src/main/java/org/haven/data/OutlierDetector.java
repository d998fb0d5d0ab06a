package org.haven.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The statistics of outlier detection, on plain numbers: a value against the prior values of the same cell. */
final class OutlierDetector {

    static final int MIN_HISTORY_Z = 4;
    static final int MIN_HISTORY_MIN_MAX = 2;
    static final double DEFAULT_Z = 3;
    static final double MARGIN = 0.5;

    /** What the detector found about one value; {@code reason} is null when it is not an outlier. */
    record Finding(String reason, double mean, double low, double high) {
    }

    private OutlierDetector() {
    }

    /** Empty when the history is too short to judge or the value lies within bounds. */
    static Optional<Finding> check(double value, List<Double> history, OutlierMethod method, double threshold) {
        int n = history.size();
        if (method == OutlierMethod.Z_SCORE) {
            if (n < MIN_HISTORY_Z) {
                return Optional.empty();
            }
            double mean = history.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double ss = history.stream().mapToDouble(h -> (h - mean) * (h - mean)).sum();
            double sd = Math.sqrt(ss / (n - 1));
            double low = mean - threshold * sd;
            double high = mean + threshold * sd;
            if (sd == 0) {
                return value == mean ? Optional.empty() : Optional.of(new Finding(String.format(Locale.ROOT,
                        "%s differs from the constant history %s of %d periods", num(value), num(mean), n), mean, low, high));
            }
            double z = (value - mean) / sd;
            return Math.abs(z) <= threshold ? Optional.empty() : Optional.of(new Finding(String.format(Locale.ROOT,
                    "z-score %.1f (|z| > %s): mean %s, standard deviation %s over %d periods", z, num(threshold),
                    num(mean), num(sd), n), mean, low, high));
        }
        if (n < MIN_HISTORY_MIN_MAX) {
            return Optional.empty();
        }
        double min = history.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = history.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double mean = history.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double low = min - MARGIN * Math.abs(min);
        double high = max + MARGIN * Math.abs(max);
        return value >= low && value <= high ? Optional.empty() : Optional.of(new Finding(String.format(Locale.ROOT,
                "outside %s to %s (history %s to %s over %d periods, +/- 50%%)", num(low), num(high), num(min),
                num(max), n), mean, low, high));
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
