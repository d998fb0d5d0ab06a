package org.haven.core;

/** One invalid field of a form or API request, with a message a user can act on. */
public record FieldProblem(String field, String message) {
}
