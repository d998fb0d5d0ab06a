package org.haven.learning;

import java.util.List;

import org.haven.framework.FrameworkNode;

/**
 * What is learnt about one framework node: its lessons and evaluations, and the recommendations of those evaluations (of which {@code overdue} are overdue),
 * counting items linked to (or, for lessons, tagged with) the node itself or any of its {@code descendants}.
 */
record NodeLearning(FrameworkNode node, List<FrameworkNode> descendants, List<LessonRow> lessons,
        List<Evaluation> evaluations, List<Recommendation> recommendations, long overdue) {

    /** A lesson and the codes of this node's scope through which it is linked (e.g. JUS-4 on the JUS page). */
    record LessonRow(Lesson lesson, List<String> via) {
    }
}
