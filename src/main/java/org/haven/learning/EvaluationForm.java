package org.haven.learning;

import java.util.List;

import org.haven.core.FieldProblem;
import org.springframework.util.MultiValueMap;

/** The evaluation form as typed, so a rejected form shows again unchanged. Names are the API's JSON names. */
record EvaluationForm(String title, String scope, String evaluator, String startDate, String endDate,
        String reportUrl, List<String> activityCodes, List<String> nodeCodes, boolean demo, String version) {

    EvaluationForm {
        activityCodes = activityCodes == null ? List.of() : List.copyOf(activityCodes);
        nodeCodes = nodeCodes == null ? List.of() : List.copyOf(nodeCodes);
    }

    static EvaluationForm empty() {
        return new EvaluationForm(null, null, null, null, null, null, List.of(), List.of(), false, null);
    }

    static EvaluationForm of(Evaluation e) {
        return new EvaluationForm(e.title(), e.scope(), e.evaluator(), LearningForms.str(e.startDate()),
                LearningForms.str(e.endDate()), e.reportUrl(), e.activityCodes(), e.nodeCodes(), e.demo(),
                String.valueOf(e.version()));
    }

    static EvaluationForm from(MultiValueMap<String, String> p) {
        return new EvaluationForm(p.getFirst("title"), p.getFirst("scope"), p.getFirst("evaluator"),
                p.getFirst("startDate"), p.getFirst("endDate"), p.getFirst("reportUrl"), p.get("activityCodes"),
                p.get("nodeCodes"), "true".equalsIgnoreCase(p.getFirst("demo")), p.getFirst("version"));
    }

    EvaluationInput toInput(List<FieldProblem> problems) {
        return new EvaluationInput(title, scope, evaluator, LearningForms.date("startDate", startDate, problems),
                LearningForms.date("endDate", endDate, problems), reportUrl, activityCodes, nodeCodes, demo,
                LearningForms.integer("version", version, problems));
    }
}
