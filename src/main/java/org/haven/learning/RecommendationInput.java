package org.haven.learning;

import java.time.LocalDate;

/**
 * What a form or API caller sends to record or change a recommendation. Response and status are enum names checked
 * by the validator so errors name the field; an empty response means "awaiting response". {@code version} is
 * required for changes.
 */
record RecommendationInput(Long evaluationId, String text, String managementResponse, String responseNote,
        String owner, LocalDate dueDate, String followUpStatus, Integer version) {
}
