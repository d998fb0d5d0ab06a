package org.haven.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.haven.core.NotFoundException;
import org.haven.framework.FrameworkNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only views across the registers: the learning home's counts and the learning page of a framework node. */
@Service
@Transactional(readOnly = true)
class LearningService {

    private final EvaluationService evaluations;
    private final LessonService lessons;
    private final RecommendationService recommendations;
    private final NodeScope scope;

    LearningService(EvaluationService evaluations, LessonService lessons, RecommendationService recommendations,
            NodeScope scope) {
        this.evaluations = evaluations;
        this.lessons = lessons;
        this.recommendations = recommendations;
        this.scope = scope;
    }

    /** The learning home's figures. {@code byResponse} counts per response name, "NONE" for awaited. */
    record Summary(long evaluations, long lessons, long recommendations, long overdue, long awaiting,
            Map<String, Long> byResponse) {
    }

    Summary summary() {
        Map<String, Long> byResponse = recommendations.countByResponse();
        return new Summary(evaluations.count(), lessons.count(), recommendations.count(), recommendations.countOverdue(),
                byResponse.getOrDefault("NONE", 0L), byResponse);
    }

    NodeLearning node(String code) {
        FrameworkNode node = scope.node(code).orElseThrow(() -> new NotFoundException("Framework node", code));
        List<FrameworkNode> descendants = scope.descendants(node.code());
        List<String> codes = new ArrayList<>(List.of(node.code()));
        descendants.forEach(d -> codes.add(d.code()));
        List<NodeLearning.LessonRow> rows = new ArrayList<>();
        for (Lesson l : lessons.searchAll(LearningFilter.nodes(codes))) {
            List<String> via = new ArrayList<>();
            for (String c : codes) {
                if (l.nodeCodes().contains(c) || l.contextCodes().contains(c)) {
                    via.add(c);
                }
            }
            rows.add(new NodeLearning.LessonRow(l, via));
        }
        List<Recommendation> recs = recommendations.searchAll(RecommendationFilter.ofNodes(codes));
        return new NodeLearning(node, descendants, rows, evaluations.searchAll(LearningFilter.nodes(codes)), recs,
                recs.stream().filter(Recommendation::overdue).count());
    }

    /** How many lessons and evaluations concern a node or its descendants. */
    record NodeCounts(long lessons, long evaluations) {
    }

    /** The counts shown on the framework node page. */
    NodeCounts counts(String code) {
        List<String> codes = scope.withDescendants(code);
        return new NodeCounts(lessons.search(LearningFilter.nodes(codes), 1, 1).total(),
                evaluations.search(LearningFilter.nodes(codes), 1, 1).total());
    }
}
