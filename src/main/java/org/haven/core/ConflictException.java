package org.haven.core;

/** Someone else changed the row since it was read (stale version), or a unique value is taken (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String what, Object id) {
        return new ConflictException(what + " " + id
                + " was changed by someone else since you opened it. Reload it, reapply your change and save again.");
    }
}
