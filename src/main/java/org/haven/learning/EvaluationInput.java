package org.haven.learning;

import java.time.LocalDate;
import java.util.List;

/** What a form or API caller sends to record or change an evaluation; {@code version} is required for changes. */
record EvaluationInput(String title, String scope, String evaluator, LocalDate startDate, LocalDate endDate,
        String reportUrl, List<String> activityCodes, List<String> nodeCodes, Boolean demo, Integer version) {

    EvaluationInput {
        activityCodes = Codes.clean(activityCodes);
        nodeCodes = Codes.clean(nodeCodes);
    }
}
