package org.haven.audit;

import java.time.LocalDate;

/**
 * Narrows the audit trail; every part is optional (null or blank = any). {@code from} and {@code to} are UTC days,
 * both inclusive.
 */
public record AuditFilter(String entityType, String entityId, String actor, LocalDate from, LocalDate to) {

    public AuditFilter {
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        actor = blankToNull(actor);
    }

    public static AuditFilter forEntity(String entityType, String entityId) {
        return new AuditFilter(entityType, entityId, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
