package org.haven.learning;

/** How far the follow-up of a recommendation has come. */
enum FollowUpStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED
}
