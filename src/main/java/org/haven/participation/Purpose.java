package org.haven.participation;

/** Why children were engaged. */
enum Purpose {
    CONSULTATION, CO_DESIGN, IMPLEMENTATION, MONITORING, EVALUATION, FEEDBACK
}
