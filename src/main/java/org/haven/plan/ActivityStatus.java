package org.haven.plan;

/** Where an activity stands; stored by name in activity.status and progress_update.status. */
public enum ActivityStatus {
    PLANNED, ONGOING, COMPLETED, DELAYED, CANCELLED
}
