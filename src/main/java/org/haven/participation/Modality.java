package org.haven.participation;

/** How children were engaged. */
enum Modality {
    IN_PERSON, ONLINE, SURVEY, CHILD_LED
}
