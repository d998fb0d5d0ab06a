package org.haven.participation;

/** How many children of one sex (F, M, U) and age band (AGE_CHILD option) took part. */
record ChildCount(String sex, String ageBand, int children) {
}
