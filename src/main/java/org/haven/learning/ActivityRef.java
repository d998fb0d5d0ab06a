package org.haven.learning;

/** An Action Plan activity as the learning pages show it: its id (for the link), code and title. */
record ActivityRef(long id, String code, String title, boolean demo) {
}
