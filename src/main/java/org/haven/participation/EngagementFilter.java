package org.haven.participation;

import java.util.List;
import java.util.Locale;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * Filters of the engagement list (page and API): country, activity code, year, purpose, demo. {@code onlyActivities}
 * is set by the service for partner users (their partner's activities); null means no such restriction.
 */
record EngagementFilter(String country, String activity, Integer year, Purpose purpose, Boolean demo,
        List<Long> onlyActivities) {

    static EngagementFilter none() {
        return new EngagementFilter(null, null, null, null, null, null);
    }

    /** Reads the query parameters; an unreadable value throws InvalidInputException naming it. */
    static EngagementFilter from(MultiValueMap<String, String> params) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String country = upper(params.getFirst("country"));
        String activity = upper(params.getFirst("activity"));
        Integer year = null;
        String y = params.getFirst("year");
        if (y != null && !y.isBlank()) {
            try {
                year = Integer.valueOf(y.trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("year", "year is not a whole number: " + y.trim()));
            }
        }
        Purpose purpose = EngagementValidator.choice("purpose", params.getFirst("purpose"), Purpose.class, false, problems);
        String d = params.getFirst("demo");
        Boolean demo = d == null || d.isBlank() ? null : Boolean.valueOf(d.trim());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EngagementFilter(country, activity, year, purpose, demo, null);
    }

    EngagementFilter onlyActivities(List<Long> ids) {
        return new EngagementFilter(country, activity, year, purpose, demo, ids);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
