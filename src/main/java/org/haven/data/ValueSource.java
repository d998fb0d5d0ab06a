package org.haven.data;

/** Where a stored value came from. */
public enum ValueSource {
    ENTRY, IMPORT, API, DERIVED, SEED
}
