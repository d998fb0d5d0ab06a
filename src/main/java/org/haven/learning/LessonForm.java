package org.haven.learning;

import java.util.List;

import org.haven.core.FieldProblem;
import org.springframework.util.MultiValueMap;

/** The lesson form as typed, so a rejected form shows again unchanged. Names are the API's JSON names. */
record LessonForm(String title, String text, String evaluationId, List<String> activityCodes, List<String> nodeCodes,
        List<String> contextCodes, boolean demo, String version) {

    LessonForm {
        activityCodes = activityCodes == null ? List.of() : List.copyOf(activityCodes);
        nodeCodes = nodeCodes == null ? List.of() : List.copyOf(nodeCodes);
        contextCodes = contextCodes == null ? List.of() : List.copyOf(contextCodes);
    }

    /** An empty form, drawn from the given evaluation when there is one. */
    static LessonForm empty(Long evaluationId) {
        return new LessonForm(null, null, LearningForms.str(evaluationId), List.of(), List.of(), List.of(), false, null);
    }

    static LessonForm of(Lesson l) {
        return new LessonForm(l.title(), l.text(), LearningForms.str(l.evaluationId()), l.activityCodes(), l.nodeCodes(),
                l.contextCodes(), l.demo(), String.valueOf(l.version()));
    }

    static LessonForm from(MultiValueMap<String, String> p) {
        return new LessonForm(p.getFirst("title"), p.getFirst("text"), p.getFirst("evaluationId"), p.get("activityCodes"),
                p.get("nodeCodes"), p.get("contextCodes"), "true".equalsIgnoreCase(p.getFirst("demo")),
                p.getFirst("version"));
    }

    LessonInput toInput(List<FieldProblem> problems) {
        return new LessonInput(title, text, LearningForms.number("evaluationId", evaluationId, problems), activityCodes,
                nodeCodes, contextCodes, demo, LearningForms.integer("version", version, problems));
    }
}
