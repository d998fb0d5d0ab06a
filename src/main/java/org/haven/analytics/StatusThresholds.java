package org.haven.analytics;

/**
 * Percent of target achieved at or above {@code onTrack} is on track, at or above {@code atRisk} at risk, below it
 * off track (for "lower is better" indicators percent of target is computed so that the same thresholds apply).
 * Defaults 90 and 60; configurable per indicator and shown in every legend.
 */
public record StatusThresholds(double onTrack, double atRisk) {

    public static final StatusThresholds DEFAULT = new StatusThresholds(90, 60);

    public ProgressStatus status(Double percentOfTarget) {
        if (percentOfTarget == null) {
            return ProgressStatus.NO_TARGET;
        }
        if (percentOfTarget >= onTrack) {
            return ProgressStatus.ON_TRACK;
        }
        return percentOfTarget >= atRisk ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
    }
}
