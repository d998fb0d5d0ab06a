package org.haven.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL that changes framework nodes and reads their history. Today's nodes are read through JdbcFrameworkCatalog. */
@Repository
class FrameworkStore {

    private final JdbcClient jdbc;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Siblings share kind and parent; the next free sort order goes to a new node. */
    int nextSortOrder(NodeKind kind, String parentCode) {
        Integer max = jdbc.sql("""
                select max(sort_order) from framework_node where kind = :kind
                and ((cast(:parent as varchar(40)) is null and parent_code is null) or parent_code = :parent)""")
                .param("kind", kind.name()).param("parent", parentCode).query(Integer.class).optional().orElse(null);
        return max == null ? 0 : max + 1;
    }

    List<FrameworkNode> siblings(NodeKind kind, String parentCode) {
        return jdbc.sql("""
                select * from framework_node where kind = :kind
                and ((cast(:parent as varchar(40)) is null and parent_code is null) or parent_code = :parent)
                order by sort_order, code""")
                .param("kind", kind.name()).param("parent", parentCode).query(JdbcFrameworkCatalog::node).list();
    }

    List<FrameworkNode> children(String code) {
        return jdbc.sql("select * from framework_node where parent_code = :code order by kind, sort_order, code")
                .param("code", code).query(JdbcFrameworkCatalog::node).list();
    }

    void insert(NodeState n, OffsetDateTime now) {
        jdbc.sql("""
                insert into framework_node (code, kind, parent_code, title, short_title, description, sort_order, retired, version, created_at, updated_at)
                values (:code, :kind, :parent, :title, :short, :description, :sort, :retired, 0, :now, :now)""")
                .param("code", n.code()).param("kind", n.kind().name()).param("parent", n.parentCode())
                .param("title", n.title()).param("short", n.shortTitle()).param("description", n.description())
                .param("sort", n.sortOrder()).param("retired", n.retired()).param("now", now)
                .update();
    }

    /** Stores the new state if the row still has {@code version}; false when someone else changed it first. */
    boolean update(NodeState n, int version, OffsetDateTime now) {
        return jdbc.sql("""
                update framework_node set title = :title, short_title = :short, description = :description,
                sort_order = :sort, retired = :retired, version = version + 1, updated_at = :now
                where code = :code and version = :version""")
                .param("title", n.title()).param("short", n.shortTitle()).param("description", n.description())
                .param("sort", n.sortOrder()).param("retired", n.retired()).param("now", now)
                .param("code", n.code()).param("version", version)
                .update() == 1;
    }

    /** Ends the node's current history row and starts a new one holding {@code n} from {@code now}. */
    void recordHistory(NodeState n, OffsetDateTime now, String changedBy, String note) {
        jdbc.sql("update framework_node_history set valid_to = :now where code = :code and valid_to is null")
                .param("now", now).param("code", n.code()).update();
        jdbc.sql("""
                insert into framework_node_history (code, kind, parent_code, title, short_title, description, sort_order, retired, valid_from, valid_to, changed_by, change_note)
                values (:code, :kind, :parent, :title, :short, :description, :sort, :retired, :now, null, :by, :note)""")
                .param("code", n.code()).param("kind", n.kind().name()).param("parent", n.parentCode())
                .param("title", n.title()).param("short", n.shortTitle()).param("description", n.description())
                .param("sort", n.sortOrder()).param("retired", n.retired()).param("now", now)
                .param("by", changedBy).param("note", note)
                .update();
    }

    /** History rows that started before {@code end}: the candidates for the framework as of a date. */
    List<HistoryRow> historyBefore(OffsetDateTime end) {
        return jdbc.sql("select * from framework_node_history where valid_from < :end order by code, valid_from, id")
                .param("end", end).query(FrameworkStore::row).list();
    }

    /** One node's history, newest first. */
    List<HistoryRow> historyOf(String code) {
        return jdbc.sql("select * from framework_node_history where code = :code order by valid_from desc, id desc")
                .param("code", code).query(FrameworkStore::row).list();
    }

    /** The latest history rows that carry a note or were made after the Strategy's publication, newest first. */
    List<HistoryRow> recentChanges(OffsetDateTime published, int limit) {
        return jdbc.sql("""
                select * from framework_node_history where change_note is not null or valid_from > :published
                order by valid_from desc, id desc limit :limit""")
                .param("published", published).param("limit", limit).query(FrameworkStore::row).list();
    }

    private static HistoryRow row(ResultSet rs, int n) throws SQLException {
        NodeState state = new NodeState(rs.getString("code"), NodeKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"), rs.getString("title"), rs.getString("short_title"),
                rs.getString("description"), rs.getInt("sort_order"), rs.getBoolean("retired"));
        return new HistoryRow(rs.getLong("id"), state, rs.getObject("valid_from", OffsetDateTime.class),
                rs.getObject("valid_to", OffsetDateTime.class), rs.getString("changed_by"), rs.getString("change_note"));
    }
}
