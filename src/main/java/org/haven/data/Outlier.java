package org.haven.data;

/** A value far from its own history; {@code reason} says how far, {@code history} counts the prior values used. */
public record Outlier(StoredValue value, OutlierMethod method, String reason, int history, double mean,
        double low, double high) {
}
