package org.haven.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The table of kept reports (V20). Storing one is audited in the same transaction. */
@Repository
class KeptReportStore {

    static final String AUDIT_TYPE = "report";
    private static final String COLUMNS = "id, kind, parameters, title, file_name, content_type, size_bytes, "
            + "generated_at, generated_by, data_note, millis";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    KeptReportStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    KeptReport keep(GeneratedReport report, String user) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_kept (kind, parameters, title, file_name, content_type, size_bytes, content,
                    generated_at, generated_by, data_note, millis)
                values (:kind, :parameters, :title, :file, :type, :size, :content, :at, :by, :note, :millis)""")
                .param("kind", report.request().kind().name())
                .param("parameters", report.request().parameters())
                .param("title", cut(report.title(), 300))
                .param("file", report.fileName())
                .param("type", report.contentType())
                .param("size", report.content().length)
                .param("content", report.content())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("by", user)
                .param("note", cut(report.snapshotNote(), 500))
                .param("millis", report.millis())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        KeptReport kept = find(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, "Generated and kept report " + id + " " + kept.title(), null,
                Map.of("kind", kept.kind().name(), "parameters", kept.parameters(), "fileName", kept.fileName(),
                        "sizeBytes", kept.sizeBytes(), "dataNote", kept.dataNote()));
        return kept;
    }

    @Transactional(readOnly = true)
    Optional<KeptReport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from report_kept where id = :id").param("id", id)
                .query(KeptReportStore::row).optional();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    List<KeptReport> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from report_kept order by generated_at desc, id desc limit :limit")
                .param("limit", limit).query(KeptReportStore::row).list();
    }

    @Transactional(readOnly = true)
    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from report_kept where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static KeptReport row(ResultSet rs, int n) throws SQLException {
        return new KeptReport(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")), rs.getString("parameters"),
                rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getInt("size_bytes"), rs.getObject("generated_at", OffsetDateTime.class),
                rs.getString("generated_by"), rs.getString("data_note"), rs.getLong("millis"));
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
