package org.haven.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Turns the query parameters of the learning lists (pages and API alike) into filters: {@code node} widens to the
 * node's descendants, {@code activity} is an activity code, unknown codes match nothing, and a malformed value is
 * refused naming its parameter.
 */
@Component
class LearningQueries {

    private final NodeScope scope;
    private final PlanActivities activities;

    LearningQueries(NodeScope scope, PlanActivities activities) {
        this.scope = scope;
        this.activities = activities;
    }

    /** Parameters q, node, activity, evaluation, demo. */
    LearningFilter filter(MultiValueMap<String, String> p) {
        List<FieldProblem> problems = new ArrayList<>();
        Long evaluation = number(problems, "evaluation", p.getFirst("evaluation"));
        Boolean demo = bool(problems, "demo", p.getFirst("demo"));
        throwIfAny(problems);
        return new LearningFilter(p.getFirst("q"), nodes(p.getFirst("node")), activityId(p.getFirst("activity")),
                evaluation, demo);
    }

    /** Parameters q, evaluation, response (ACCEPTED, PARTIALLY_ACCEPTED, REJECTED or NONE), status, overdue, node, demo. */
    RecommendationFilter recommendations(MultiValueMap<String, String> p) {
        List<FieldProblem> problems = new ArrayList<>();
        Long evaluation = number(problems, "evaluation", p.getFirst("evaluation"));
        String response = blank(p.getFirst("response")) ? null : p.getFirst("response").trim().toUpperCase(Locale.ROOT);
        if (response != null && !response.equals("NONE") && LearningValidator.parse(ManagementResponse.class, response) == null) {
            problems.add(new FieldProblem("response", "unknown management response " + response
                    + " (ACCEPTED, PARTIALLY_ACCEPTED, REJECTED or NONE)"));
        }
        FollowUpStatus status = null;
        if (!blank(p.getFirst("status"))) {
            status = LearningValidator.parse(FollowUpStatus.class, p.getFirst("status"));
            if (status == null) {
                problems.add(new FieldProblem("status", "unknown follow-up status " + p.getFirst("status").trim()
                        + " (NOT_STARTED, IN_PROGRESS or COMPLETED)"));
            }
        }
        Boolean overdue = bool(problems, "overdue", p.getFirst("overdue"));
        Boolean demo = bool(problems, "demo", p.getFirst("demo"));
        throwIfAny(problems);
        return new RecommendationFilter(p.getFirst("q"), evaluation, response, status, Boolean.TRUE.equals(overdue),
                nodes(p.getFirst("node")), demo);
    }

    private List<String> nodes(String code) {
        return blank(code) ? List.of() : scope.withDescendants(code.trim());
    }

    private Long activityId(String code) {
        if (blank(code)) {
            return null;
        }
        return activities.byCode(code.trim()).map(ActivityRef::id).orElse(-1L);
    }

    private static Long number(List<FieldProblem> problems, String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, name + " is not a whole number: " + value.trim()));
            return null;
        }
    }

    private static Boolean bool(List<FieldProblem> problems, String name, String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        problems.add(new FieldProblem(name, name + " must be true or false: " + value.trim()));
        return null;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
