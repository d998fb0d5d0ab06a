package org.haven.participation;

import java.time.LocalDate;
import java.util.List;

import org.haven.plan.Activity;

/** An engagement input that passed every check, with its values parsed and its activity resolved. */
record ValidEngagement(LocalDate date, Activity activity, String country, Purpose purpose, Modality modality,
        List<ChildCount> children, Presence withDisabilities, Presence onTheMove, Safeguarding safeguarding,
        String whatChildrenSaid, String howViewsWereUsed, boolean loopClosed, LocalDate feedbackDate, boolean demo) {
}
