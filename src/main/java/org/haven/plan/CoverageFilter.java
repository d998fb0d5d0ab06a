package org.haven.plan;

/**
 * Which activities the coverage counts: cancelled ones only when asked; demo activities all (null), only (true) or
 * none (false); and, when {@code area} is set, only activities taking place in that org unit or anywhere below it
 * (a region matches the activities in its countries).
 */
record CoverageFilter(boolean includeCancelled, Boolean demo, String area) {

    static final CoverageFilter DEFAULT = new CoverageFilter(false, null, null);

    CoverageFilter {
        area = area == null || area.isBlank() ? null : area.trim();
    }

    /** The same filter without the area, for when the area code is unknown. */
    CoverageFilter withoutArea() {
        return new CoverageFilter(includeCancelled, demo, null);
    }
}
