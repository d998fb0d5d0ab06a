package org.haven.analytics;

/** Progress of a value against its target; NO_TARGET when there is no value or no target to compare with. */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NO_TARGET
}
