package org.haven.learning;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.springframework.stereotype.Component;

/**
 * Checks evaluations, lessons and recommendations before anything is stored and lists every failing field. Links to
 * framework nodes, priority contexts and activities are checked here too; a link to a node that was retired after it
 * was made may stay, but no new link to a retired node is taken.
 */
@Component
class LearningValidator {

    /** Framework kinds evaluations and lessons may link to (the same as activities). */
    static final Set<NodeKind> LINKABLE = EnumSet.of(NodeKind.STRATEGIC_OBJECTIVE, NodeKind.OPERATIONAL_OBJECTIVE,
            NodeKind.PILLAR, NodeKind.TA_SERVICE, NodeKind.PRIORITY_CONTEXT, NodeKind.CONTEXT_AIM,
            NodeKind.ECOLOGICAL_LEVEL, NodeKind.BENCHMARK, NodeKind.KEY_CHANGE_INDICATOR, NodeKind.SDG_GOAL,
            NodeKind.SDG_TARGET);

    private final FrameworkCatalog framework;
    private final PlanActivities activities;

    LearningValidator(FrameworkCatalog framework, PlanActivities activities) {
        this.framework = framework;
        this.activities = activities;
    }

    /** {@code before} is the stored evaluation when changing one (its links may keep retired nodes), else null. */
    List<FieldProblem> check(EvaluationInput in, Evaluation before) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "title", in.title(), 300);
        required(problems, "evaluator", in.evaluator(), 300);
        maxLength(problems, "scope", in.scope(), 4000);
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            problems.add(new FieldProblem("endDate", "end date " + in.endDate() + " is before start date " + in.startDate()));
        }
        reportUrl(problems, in.reportUrl());
        nodes(problems, "nodeCodes", in.nodeCodes(), LINKABLE, before == null ? List.of() : before.nodeCodes());
        activityIds(problems, in.activityCodes());
        version(problems, before != null, in.version(), "an evaluation");
        return problems;
    }

    List<FieldProblem> check(LessonInput in, Lesson before, boolean evaluationExists) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "title", in.title(), 300);
        required(problems, "text", in.text(), 8000);
        if (in.evaluationId() != null && !evaluationExists) {
            problems.add(new FieldProblem("evaluationId", "there is no evaluation " + in.evaluationId()));
        }
        nodes(problems, "nodeCodes", in.nodeCodes(), LINKABLE, before == null ? List.of() : before.nodeCodes());
        nodes(problems, "contextCodes", in.contextCodes(), EnumSet.of(NodeKind.PRIORITY_CONTEXT),
                before == null ? List.of() : before.contextCodes());
        activityIds(problems, in.activityCodes());
        version(problems, before != null, in.version(), "a lesson");
        return problems;
    }

    List<FieldProblem> check(RecommendationInput in, boolean changing, boolean evaluationExists) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.evaluationId() == null) {
            problems.add(new FieldProblem("evaluationId", "a recommendation needs the evaluation it comes from"));
        } else if (!evaluationExists) {
            problems.add(new FieldProblem("evaluationId", "there is no evaluation " + in.evaluationId()));
        }
        required(problems, "text", in.text(), 4000);
        maxLength(problems, "responseNote", in.responseNote(), 4000);
        maxLength(problems, "owner", in.owner(), 200);
        ManagementResponse response = null;
        if (!blank(in.managementResponse())) {
            response = parse(ManagementResponse.class, in.managementResponse());
            if (response == null) {
                problems.add(new FieldProblem("managementResponse", "unknown management response "
                        + in.managementResponse().trim() + " (ACCEPTED, PARTIALLY_ACCEPTED or REJECTED, or empty while awaited)"));
            }
        }
        FollowUpStatus status = null;
        if (blank(in.followUpStatus())) {
            problems.add(new FieldProblem("followUpStatus", "follow-up status is required"));
        } else {
            status = parse(FollowUpStatus.class, in.followUpStatus());
            if (status == null) {
                problems.add(new FieldProblem("followUpStatus", "unknown follow-up status " + in.followUpStatus().trim()
                        + " (NOT_STARTED, IN_PROGRESS or COMPLETED)"));
            }
        }
        if (response != null && response.committed()) {
            if (blank(in.owner())) {
                problems.add(new FieldProblem("owner", "an accepted or partially accepted recommendation needs an owner"));
            }
            if (in.dueDate() == null) {
                problems.add(new FieldProblem("dueDate", "an accepted or partially accepted recommendation needs a due date"));
            }
        }
        if (status != null && status != FollowUpStatus.NOT_STARTED && (response == null || !response.committed())) {
            problems.add(new FieldProblem("followUpStatus", "follow-up can only start once management has accepted "
                    + "or partially accepted the recommendation"));
        }
        version(problems, changing, in.version(), "a recommendation");
        return problems;
    }

    /** The ids of the activities with these codes; unknown codes are added to {@code problems}. */
    List<Long> activityIds(List<FieldProblem> problems, Collection<String> codes) {
        Map<String, ActivityRef> found = activities.byCodes(codes);
        List<Long> ids = new ArrayList<>();
        for (String code : codes) {
            ActivityRef a = found.get(code.toLowerCase(Locale.ROOT));
            if (a == null) {
                problems.add(new FieldProblem("activityCodes", "unknown activity " + code));
            } else if (!ids.contains(a.id())) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    private void nodes(List<FieldProblem> problems, String field, List<String> codes, Set<NodeKind> kinds,
            List<String> alreadyLinked) {
        for (String code : codes) {
            Optional<FrameworkNode> node = framework.find(code);
            if (node.isEmpty()) {
                problems.add(new FieldProblem(field, "unknown framework node " + code));
            } else if (!kinds.contains(node.get().kind())) {
                problems.add(new FieldProblem(field, "framework node " + code + " is a "
                        + node.get().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (kinds.size() == 1 ? " and not a priority context" : " and cannot be linked")));
            } else if (node.get().retired() && !alreadyLinked.contains(code)) {
                problems.add(new FieldProblem(field, "framework node " + code + " is retired and takes no new links"));
            }
        }
    }

    static void reportUrl(List<FieldProblem> problems, String value) {
        if (blank(value)) {
            return;
        }
        String url = value.trim();
        if (url.length() > 1000) {
            problems.add(new FieldProblem("reportUrl", "report link must be at most 1000 characters"));
            return;
        }
        String message = "report link must be a web address starting with http:// or https://: " + url;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                problems.add(new FieldProblem("reportUrl", message));
            }
        } catch (URISyntaxException e) {
            problems.add(new FieldProblem("reportUrl", message));
        }
    }

    private static void version(List<FieldProblem> problems, boolean changing, Integer version, String what) {
        if (changing && version == null) {
            problems.add(new FieldProblem("version", "version is required to change " + what));
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, field + " is required"));
        } else {
            maxLength(problems, field, value.trim(), max);
        }
    }

    private static void maxLength(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            problems.add(new FieldProblem(field, field + " must be at most " + max + " characters"));
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
