package org.haven.core;

/** A row asked for by id or code does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
