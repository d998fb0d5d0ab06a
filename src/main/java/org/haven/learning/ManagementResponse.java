package org.haven.learning;

/** Management's answer to a recommendation. No response yet is stored as null. */
enum ManagementResponse {
    ACCEPTED, PARTIALLY_ACCEPTED, REJECTED;

    /** True when management committed to act, so an owner and a due date are needed. */
    boolean committed() {
        return this != REJECTED;
    }
}
