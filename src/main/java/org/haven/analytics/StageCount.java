package org.haven.analytics;

/** Number of org units at one stage of a milestone indicator; {@code stage} is 0-based. */
public record StageCount(int stage, String name, long orgUnits) {
}
