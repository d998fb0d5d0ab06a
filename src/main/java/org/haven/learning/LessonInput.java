package org.haven.learning;

import java.util.List;

/** What a form or API caller sends to record or change a lesson; {@code version} is required for changes. */
record LessonInput(String title, String text, Long evaluationId, List<String> activityCodes, List<String> nodeCodes,
        List<String> contextCodes, Boolean demo, Integer version) {

    LessonInput {
        activityCodes = Codes.clean(activityCodes);
        nodeCodes = Codes.clean(nodeCodes);
        contextCodes = Codes.clean(contextCodes);
    }
}
