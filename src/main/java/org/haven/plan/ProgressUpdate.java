package org.haven.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated report on an activity: what happened, and the status and percent complete it set. */
public record ProgressUpdate(long id, long activityId, LocalDate reportDate, String narrative, ActivityStatus status,
        Integer percentComplete, OffsetDateTime createdAt, String createdBy) {
}
