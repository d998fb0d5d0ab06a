package org.haven.learning;

import java.util.List;

import org.haven.framework.FrameworkNode;

/**
 * What is learnt about one framework node: its lessons and evaluations, and the recommendations of those evaluations,
 * counting items linked to (or, for lessons, tagged with) the node itself or any of its {@code descendants}.
 */
record NodeLearning(FrameworkNode node, List<FrameworkNode> descendants, List<LessonRow> lessons,
        List<Evaluation> evaluations, List<Recommendation> recommendations) {

    /** A lesson and the codes of this node's scope through which it is linked (e.g. JUS-4 on the JUS page). */
    record LessonRow(Lesson lesson, List<String> via) {
    }

    long overdue() {
        return recommendations.stream().filter(Recommendation::overdue).count();
    }
}
