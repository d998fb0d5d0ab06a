package org.haven.participation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One engagement of children. {@code activityId} is null when its activity was deleted. {@code children} lists the
 * non-zero counts by sex and age band; no field holds a child's name or identity.
 */
record Engagement(long id, LocalDate date, Long activityId, String activityCode, String activityTitle,
        String country, Purpose purpose, Modality modality, List<ChildCount> children, int totalChildren,
        Presence childrenWithDisabilities, Presence childrenOnTheMove, Safeguarding safeguarding,
        boolean safeguardingComplete, String whatChildrenSaid, String howViewsWereUsed, boolean loopClosed,
        LocalDate feedbackDate, boolean demo, int version, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime updatedAt, String updatedBy) {

    Engagement {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** The count for one sex and age band (0 when none). */
    public int count(String sex, String ageBand) {
        return children.stream().filter(c -> c.sex().equals(sex) && c.ageBand().equals(ageBand))
                .mapToInt(ChildCount::children).sum();
    }
}
