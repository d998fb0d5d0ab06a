package org.haven.audit;

/** What happened to the audited row. */
public enum AuditAction {
    CREATE, UPDATE, DELETE
}
