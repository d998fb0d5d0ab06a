package org.haven.learning;

import java.util.List;

import org.haven.core.FieldProblem;
import org.springframework.util.MultiValueMap;

/** The recommendation form as typed, so a rejected form shows again unchanged. Names are the API's JSON names. */
record RecommendationForm(String text, String managementResponse, String responseNote, String owner, String dueDate,
        String followUpStatus, String version) {

    static RecommendationForm empty() {
        return new RecommendationForm(null, "", null, null, null, FollowUpStatus.NOT_STARTED.name(), null);
    }

    static RecommendationForm of(Recommendation r) {
        return new RecommendationForm(r.text(), r.managementResponse() == null ? "" : r.managementResponse().name(),
                r.responseNote(), r.owner(), LearningForms.str(r.dueDate()), r.followUpStatus().name(),
                String.valueOf(r.version()));
    }

    static RecommendationForm from(MultiValueMap<String, String> p) {
        return new RecommendationForm(p.getFirst("text"), p.getFirst("managementResponse"), p.getFirst("responseNote"),
                p.getFirst("owner"), p.getFirst("dueDate"), p.getFirst("followUpStatus"), p.getFirst("version"));
    }

    RecommendationInput toInput(long evaluationId, List<FieldProblem> problems) {
        return new RecommendationInput(evaluationId, text, managementResponse, responseNote, owner,
                LearningForms.date("dueDate", dueDate, problems), followUpStatus,
                LearningForms.integer("version", version, problems));
    }
}
