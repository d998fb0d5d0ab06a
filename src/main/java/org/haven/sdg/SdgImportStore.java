package org.haven.sdg;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The log of committed SDG imports (table sdg_import). */
@Repository
class SdgImportStore {

    /** One committed import. */
    record Logged(long id, String fileName, String layout, String origin, int rows, int created, int updated,
            int unchanged, int rejected, String importedBy, OffsetDateTime importedAt) {
    }

    private final JdbcClient jdbc;

    SdgImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean any() {
        return jdbc.sql("select count(*) from sdg_import").query(Long.class).single() > 0;
    }

    long insert(SdgSummary s, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into sdg_import (file_name, layout, origin, row_count, created, updated, unchanged, rejected,
                    imported_by, imported_at)
                values (:file, :layout, :origin, :rows, :created, :updated, :unchanged, :rejected, :actor, :now)""")
                .param("file", cut(s.fileName(), 300)).param("layout", cut(String.join(", ", s.layouts()), 40))
                .param("origin", s.origin()).param("rows", s.rows()).param("created", s.created())
                .param("updated", s.updated()).param("unchanged", s.unchanged()).param("rejected", s.rejected())
                .param("actor", actor).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Logged> recent(int limit) {
        return jdbc.sql("select * from sdg_import order by imported_at desc, id desc limit :limit").param("limit", limit)
                .query((rs, n) -> new Logged(rs.getLong("id"), rs.getString("file_name"), rs.getString("layout"),
                        rs.getString("origin"), rs.getInt("row_count"), rs.getInt("created"), rs.getInt("updated"),
                        rs.getInt("unchanged"), rs.getInt("rejected"), rs.getString("imported_by"),
                        rs.getObject("imported_at", OffsetDateTime.class)))
                .list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
