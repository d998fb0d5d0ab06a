package org.haven.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.framework.FrameworkNode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the learning pages offer and show: node and activity choices, and codes resolved to titles and links. */
@Component
class LearningOptions {

    private final NodeScope scope;
    private final PlanActivities activities;
    private final EvaluationService evaluations;

    LearningOptions(NodeScope scope, PlanActivities activities, EvaluationService evaluations) {
        this.scope = scope;
        this.activities = activities;
        this.evaluations = evaluations;
    }

    /**
     * The choices of the evaluation and lesson forms. {@code linked} are the codes the item links to now: a retired
     * one among them is offered too (under "retired"), so saving the form keeps the link.
     */
    void addFormChoices(Model model, Collection<String> linked) {
        Map<org.haven.framework.NodeKind, List<FrameworkNode>> byKind = scope.linkableByKind();
        model.addAttribute("nodesByKind", byKind);
        model.addAttribute("retiredLinked", nodes(linked).stream().filter(FrameworkNode::retired).toList());
        model.addAttribute("contexts", scope.contexts());
        model.addAttribute("activities", activities.all());
        model.addAttribute("evaluationTitles", evaluations.titles());
    }

    /** The framework nodes with these codes, unknown ones left out. */
    List<FrameworkNode> nodes(Collection<String> codes) {
        List<FrameworkNode> out = new ArrayList<>();
        codes.forEach(c -> scope.node(c).ifPresent(out::add));
        return out;
    }

    /** The activities with these codes (for links to their pages), unknown ones left out. */
    List<ActivityRef> activities(Collection<String> codes) {
        Map<String, ActivityRef> found = activities.byCodes(codes);
        List<ActivityRef> out = new ArrayList<>();
        codes.forEach(c -> {
            ActivityRef a = found.get(c.toLowerCase(Locale.ROOT));
            if (a != null) {
                out.add(a);
            }
        });
        return out;
    }

    /** Every activity, for filters. */
    List<ActivityRef> allActivities() {
        return activities.all();
    }

    Map<org.haven.framework.NodeKind, List<FrameworkNode>> nodesByKind() {
        return scope.linkableByKind();
    }
}
