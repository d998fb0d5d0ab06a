package org.haven.partner;

/** A contact as a form or API caller sends it; {@code version} is required for changes. */
record ContactInput(String name, String email, String role, Integer version) {
}
