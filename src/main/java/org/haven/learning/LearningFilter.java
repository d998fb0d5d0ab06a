package org.haven.learning;

import java.util.List;

/**
 * What a list of evaluations or lessons is narrowed to: words in the text, framework nodes (already widened to their
 * descendants: an item matches when linked to, or for lessons tagged with, any of them), one activity, one
 * evaluation (lessons only) and demo or not. Nulls and an empty node list mean "any".
 */
record LearningFilter(String q, List<String> nodes, Long activityId, Long evaluationId, Boolean demo) {

    LearningFilter {
        q = q == null || q.isBlank() ? null : q.trim();
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    static LearningFilter none() {
        return new LearningFilter(null, List.of(), null, null, null);
    }

    static LearningFilter nodes(List<String> codes) {
        return new LearningFilter(null, codes, null, null, null);
    }
}
