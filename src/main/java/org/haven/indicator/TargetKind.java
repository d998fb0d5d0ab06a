package org.haven.indicator;

/** A baseline (a measured value with its year and source) or a target (the value aimed for in a year to 2030). */
public enum TargetKind {
    BASELINE, TARGET
}
