package org.haven.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Read-only summaries of the Action Plan for other features (dashboards, reports): activities by status, the
 * activities taking place in an org unit, and the framework nodes no activity covers.
 */
@Component
public class PlanSummaries {

    /** How many activities have the status, and how many of them are demo activities. */
    public record StatusCount(ActivityStatus status, long activities, long demo) {
    }

    private final ActivityService activities;
    private final CoverageService coverage;

    PlanSummaries(ActivityService activities, CoverageService coverage) {
        this.activities = activities;
        this.coverage = coverage;
    }

    /**
     * Every status in order with its number of activities (0 included), counting the activities that take place in
     * {@code area} or anywhere below it, or all activities when {@code area} is null.
     */
    @Transactional(readOnly = true)
    public List<StatusCount> statusCounts(String area) {
        Map<ActivityStatus, long[]> counts = new EnumMap<>(ActivityStatus.class);
        for (ActivityStatus s : ActivityStatus.values()) {
            counts.put(s, new long[2]);
        }
        for (Activity a : inArea(area)) {
            long[] c = counts.get(a.status());
            c[0]++;
            if (a.demo()) {
                c[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /**
     * The activities taking place in {@code area} or anywhere below it (a region includes its countries), every
     * activity when {@code area} is null; by code. An unknown area code matches none.
     */
    @Transactional(readOnly = true)
    public List<Activity> inArea(String area) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (area != null && !area.isBlank()) {
            params.add("area", area);
        }
        return activities.searchAll(ActivityFilter.from(params));
    }

    /** Per linked framework kind, the nodes that no non-cancelled activity (demo ones included) links to. */
    @Transactional(readOnly = true)
    public List<CoverageGaps> gaps() {
        return coverage.gaps(CoverageFilter.DEFAULT);
    }
}
