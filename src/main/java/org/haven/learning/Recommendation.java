package org.haven.learning;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A recommendation of an evaluation with management's response (null while awaited), who owns the follow-up, by when,
 * and how far it has come. {@code overdue} is worked out when the row is read: see {@link RecommendationStore#OVERDUE}.
 * {@code demo} follows the evaluation.
 */
record Recommendation(long id, long evaluationId, String evaluationTitle, String text,
        ManagementResponse managementResponse, String responseNote, String owner, LocalDate dueDate,
        FollowUpStatus followUpStatus, boolean overdue, boolean demo, int version, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime updatedAt, String updatedBy) {
}
