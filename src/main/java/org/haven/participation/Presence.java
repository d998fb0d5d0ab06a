package org.haven.participation;

/** Whether a group of children (with disabilities, on the move) took part: yes, no, or not known. */
enum Presence {
    YES, NO, UNKNOWN
}
