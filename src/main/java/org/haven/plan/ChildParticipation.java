package org.haven.plan;

/**
 * How children take part in an activity, after Gerison Lansdown's levels of participation: not at all, consulted by
 * adults, collaborating with adults as partners, or leading it themselves.
 */
public enum ChildParticipation {
    NONE, CONSULTATIVE, COLLABORATIVE, CHILD_LED
}
