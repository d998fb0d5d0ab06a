package org.haven.learning;

import java.util.List;

/**
 * What a list of recommendations is narrowed to: words, one evaluation, a management response (a
 * {@link ManagementResponse} name, or "NONE" for awaited), a follow-up status, overdue only, the framework nodes of
 * the evaluation (already widened to descendants) and demo or not. Nulls and empty lists mean "any".
 */
record RecommendationFilter(String q, Long evaluationId, String response, FollowUpStatus status, boolean overdueOnly,
        List<String> nodes, Boolean demo) {

    RecommendationFilter {
        q = q == null || q.isBlank() ? null : q.trim();
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    static RecommendationFilter ofEvaluation(long evaluationId) {
        return new RecommendationFilter(null, evaluationId, null, null, false, List.of(), null);
    }

    static RecommendationFilter ofNodes(List<String> nodes) {
        return new RecommendationFilter(null, null, null, null, false, nodes, null);
    }
}
