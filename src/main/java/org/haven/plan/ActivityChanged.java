package org.haven.plan;

/**
 * Published inside the transaction of every change of an activity (created, changed, progress reported, deleted), so
 * features whose figures depend on activities (dates, status) recompute them in the same transaction.
 */
public record ActivityChanged(long activityId, String code) {
}
