package org.haven.learning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A lesson learned: a short title and the lesson itself, the evaluation it came from (if any), the activities and
 * framework nodes it concerns and the priority contexts it is tagged with (codes, sorted).
 */
record Lesson(long id, String title, String text, Long evaluationId, List<String> activityCodes,
        List<String> nodeCodes, List<String> contextCodes, boolean demo, int version, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime updatedAt, String updatedBy) {

    Lesson {
        activityCodes = List.copyOf(activityCodes);
        nodeCodes = List.copyOf(nodeCodes);
        contextCodes = List.copyOf(contextCodes);
    }
}
