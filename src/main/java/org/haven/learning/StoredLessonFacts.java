package org.haven.learning;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link LessonFacts} from the lesson and evaluation tables. */
@Component
@Transactional(readOnly = true)
class StoredLessonFacts implements LessonFacts {

    private final LessonStore lessons;
    private final EvaluationStore evaluations;

    StoredLessonFacts(LessonStore lessons, EvaluationStore evaluations) {
        this.lessons = lessons;
        this.evaluations = evaluations;
    }

    @Override
    public List<LessonSummary> lessonsOf(int year) {
        Map<Long, LocalDate> ends = new HashMap<>();
        return lessons.searchAll(LearningFilter.none()).stream()
                .map(l -> new LessonSummary(l.id(), l.title(), l.text(), date(l, ends), l.activityCodes(),
                        l.nodeCodes(), l.demo()))
                .filter(l -> l.date() != null && l.date().getYear() == year)
                .sorted(Comparator.comparing(LessonSummary::date).reversed().thenComparing(LessonSummary::id))
                .toList();
    }

    private LocalDate date(Lesson l, Map<Long, LocalDate> ends) {
        if (l.evaluationId() != null) {
            LocalDate end = ends.computeIfAbsent(l.evaluationId(),
                    id -> evaluations.find(id).map(Evaluation::endDate).orElse(null));
            if (end != null) {
                return end;
            }
        }
        return l.createdAt() == null ? null : l.createdAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
