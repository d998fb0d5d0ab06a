package org.haven.data;

/** Approval of one data set x org unit x period. APPROVED values are refused until an MEL officer unlocks them. */
public enum ApprovalState {
    OPEN, SUBMITTED, APPROVED
}
