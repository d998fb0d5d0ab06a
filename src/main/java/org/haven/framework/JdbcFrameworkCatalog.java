package org.haven.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Today's framework, read from framework_node. */
@Repository
@Transactional(readOnly = true)
class JdbcFrameworkCatalog implements FrameworkCatalog {

    private final JdbcClient jdbc;

    JdbcFrameworkCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FrameworkNode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from framework_node where code = :code").param("code", code.trim())
                .query(JdbcFrameworkCatalog::node).optional();
    }

    @Override
    public List<FrameworkNode> byKind(NodeKind kind) {
        return jdbc.sql("select * from framework_node where kind = :kind and retired = false order by sort_order, code")
                .param("kind", kind.name()).query(JdbcFrameworkCatalog::node).list();
    }

    @Override
    public List<FrameworkNode> all() {
        return jdbc.sql("select * from framework_node").query(JdbcFrameworkCatalog::node).list().stream()
                .sorted(java.util.Comparator.comparing((FrameworkNode n) -> n.kind().ordinal())
                        .thenComparing(n -> n.parentCode() == null ? "" : n.parentCode())
                        .thenComparingInt(FrameworkNode::sortOrder).thenComparing(FrameworkNode::code))
                .toList();
    }

    static FrameworkNode node(ResultSet rs, int n) throws SQLException {
        return new FrameworkNode(rs.getLong("id"), rs.getString("code"), NodeKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"), rs.getString("title"), rs.getString("short_title"),
                rs.getString("description"), rs.getInt("sort_order"), rs.getBoolean("retired"), rs.getInt("version"));
    }
}
