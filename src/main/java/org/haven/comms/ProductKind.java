package org.haven.comms;

/** What a communication product or event is. */
enum ProductKind {
    REPORT, BRIEF, CAMPAIGN, SOCIAL_MEDIA, EVENT, MEDIA_PIECE, CHILD_FRIENDLY
}
