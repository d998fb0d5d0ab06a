package org.haven.audit;

import java.time.OffsetDateTime;

/** One stored audit row; before and after are JSON snapshots (null for create and delete respectively). */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String entityType, String entityId,
        AuditAction action, String summary, String beforeJson, String afterJson) {
}
