package org.haven.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.haven.core.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** The audit trail as JSON (ADMIN only): newest first, filtered and paged like the audit page. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

    /** One audit row; before and after are the JSON snapshots as objects (null when absent). */
    record Item(long id, OffsetDateTime occurredAt, String actor, String entityType, String entityId,
            AuditAction action, String summary, JsonNode before, JsonNode after) {
    }

    record Page(List<Item> items, int page, int size, long total) {
    }

    private final AuditLog audit;
    private final AuditDiff diff;

    AuditApiController(AuditLog audit, AuditDiff diff) {
        this.audit = audit;
        this.diff = diff;
    }

    @GetMapping("/api/v1/audit")
    Page find(@RequestParam(required = false) String type, @RequestParam(required = false) String id,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        AuditQueryParams.check(from, to, page, size);
        PageResult<AuditEvent> result = audit.find(new AuditFilter(type, id, actor, from, to), page, size);
        List<Item> items = result.items().stream()
                .map(e -> new Item(e.id(), e.occurredAt(), e.actor(), e.entityType(), e.entityId(), e.action(),
                        e.summary(), diff.tree(e.beforeJson()), diff.tree(e.afterJson())))
                .toList();
        return new Page(items, result.page(), result.size(), result.total());
    }
}
