package org.haven.learning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An evaluation: what was evaluated ({@code scope}), by whom, when, where its report is, and the activities and
 * framework nodes it covers (codes, sorted).
 */
record Evaluation(long id, String title, String scope, String evaluator, LocalDate startDate, LocalDate endDate,
        String reportUrl, List<String> activityCodes, List<String> nodeCodes, boolean demo, int version,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {

    Evaluation {
        activityCodes = List.copyOf(activityCodes);
        nodeCodes = List.copyOf(nodeCodes);
    }
}
