package org.haven.learning;

import java.util.List;

import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The learning home (counts, overdue recommendations, newest evaluations and lessons) and the node pages. */
@Controller
class LearningController {

    private static final int SHOWN = 5;

    private final LearningService learning;
    private final EvaluationService evaluations;
    private final LessonService lessons;
    private final RecommendationService recommendations;
    private final LearningOptions options;
    private final LearningAccess access;

    LearningController(LearningService learning, EvaluationService evaluations, LessonService lessons,
            RecommendationService recommendations, LearningOptions options, LearningAccess access) {
        this.learning = learning;
        this.evaluations = evaluations;
        this.lessons = lessons;
        this.recommendations = recommendations;
        this.options = options;
        this.access = access;
    }

    @GetMapping("/learning")
    String home(Model model) {
        model.addAttribute("summary", learning.summary());
        model.addAttribute("responses", ManagementResponse.values());
        model.addAttribute("overdue", recommendations.search(
                new RecommendationFilter(null, null, null, null, true, List.of(), null), 1, SHOWN).items());
        model.addAttribute("latestEvaluations", evaluations.search(LearningFilter.none(), 1, SHOWN).items());
        model.addAttribute("latestLessons", lessons.search(LearningFilter.none(), 1, SHOWN).items());
        model.addAttribute("browseNodes", browseNodes());
        model.addAttribute("canEdit", access.canEdit());
        return "learning/home";
    }

    @GetMapping("/learning/nodes/{code}")
    String node(@PathVariable String code, Model model) {
        NodeLearning view = learning.node(code);
        model.addAttribute("view", view);
        model.addAttribute("parent", view.node().parentCode() == null ? null
                : options.nodes(List.of(view.node().parentCode())).stream().findFirst().orElse(null));
        return "learning/node";
    }

    /** The nodes the home offers to browse by: strategic objectives, pillars and priority contexts. */
    private List<FrameworkNode> browseNodes() {
        return options.nodesByKind().entrySet().stream()
                .filter(e -> e.getKey() == NodeKind.STRATEGIC_OBJECTIVE || e.getKey() == NodeKind.PILLAR
                        || e.getKey() == NodeKind.PRIORITY_CONTEXT)
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
