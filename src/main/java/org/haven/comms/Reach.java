package org.haven.comms;

/** People of one audience (AUDIENCE option) and sex (F, M, or U when not known) reached by a product. */
record Reach(String audience, String sex, int people) {
}
