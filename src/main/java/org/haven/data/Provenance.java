package org.haven.data;

/**
 * What a stored value says about where it comes from besides its {@link ValueSource}: the nature of a published value
 * (C, CA, E, M, G, N), its origin ("UN SDG Global Database, 2020 extract") and whether it is demo data. Values entered,
 * posted or imported by users have none of these; writing them over a published or demo value clears them.
 */
record Provenance(String nature, String origin, boolean demo) {

    static final Provenance NONE = new Provenance(null, null, false);
    static final Provenance DEMO = new Provenance(null, null, true);

    Provenance {
        nature = nature == null || nature.isBlank() ? null : nature;
        origin = origin == null || origin.isBlank() ? null : origin;
    }
}
