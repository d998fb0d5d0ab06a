package org.haven.learning;

import java.time.LocalDate;
import java.util.List;

/** Read access to lessons learned for other features (reports). */
public interface LessonFacts {

    /**
     * The lessons dated in {@code year}, newest first. A lesson's date is the end date of the evaluation it came from,
     * else the day it was recorded.
     */
    List<LessonSummary> lessonsOf(int year);

    record LessonSummary(long id, String title, String text, LocalDate date, List<String> activityCodes,
            List<String> nodeCodes, boolean demo) {

        public LessonSummary {
            activityCodes = List.copyOf(activityCodes);
            nodeCodes = List.copyOf(nodeCodes);
        }
    }
}
