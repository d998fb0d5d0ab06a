package org.haven.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.core.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Records changes; called by every feature inside the transaction that makes the change. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores one audit row. {@code before} and {@code after} are any serialisable values (usually the feature's
     * records); pass null for the side that does not exist.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, AuditAction action, String summary, Object before,
            Object after) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, entity_type, entity_id, action, summary, before_json, after_json)
                values (:at, :actor, :type, :id, :action, :summary, :before, :after)""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("actor", currentActor())
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("action", action.name())
                .param("summary", summary == null ? null : truncate(summary, 400))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** Newest first, optionally narrowed to one entity type and/or id. */
    @Transactional(readOnly = true)
    public PageResult<AuditEvent> find(String entityType, String entityId, int page, int size) {
        return find(AuditFilter.forEntity(entityType, entityId), page, size);
    }

    /** Newest first, narrowed by the filter. Pages count from 1. */
    @Transactional(readOnly = true)
    public PageResult<AuditEvent> find(AuditFilter filter, int page, int size) {
        OffsetDateTime from = filter.from() == null ? null : filter.from().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime before = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        String where = " where (cast(:type as varchar(60)) is null or entity_type = :type)"
                + " and (cast(:id as varchar(80)) is null or entity_id = :id)"
                + " and (cast(:actor as varchar(80)) is null or lower(actor) = lower(:actor))"
                + " and (cast(:from as timestamp with time zone) is null or occurred_at >= :from)"
                + " and (cast(:before as timestamp with time zone) is null or occurred_at < :before)";
        Map<String, Object> params = new HashMap<>();
        params.put("type", filter.entityType());
        params.put("id", filter.entityId());
        params.put("actor", filter.actor());
        params.put("from", from);
        params.put("before", before);
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<AuditEvent> rows = jdbc.sql("select * from audit_event" + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", size).param("offset", (long) (page - 1) * size)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("entity_type"), rs.getString("entity_id"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("summary"),
                        rs.getString("before_json"), rs.getString("after_json")))
                .list();
        return new PageResult<>(rows, page, size, total);
    }

    /** The entity types that have audit rows, alphabetically (for filters). */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_event order by entity_type").query(String.class).list();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
