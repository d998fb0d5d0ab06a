package org.haven.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the link rows (owner id, code) of many evaluations or lessons in slices of 500 ids. The SQL names are
 * constants of the callers; only the ids are bound.
 */
final class LinkRows {

    private LinkRows() {
    }

    /** Codes per owner id, sorted; {@code sql} selects (owner id, code) where the owner id is in (:ids). */
    static Map<Long, List<String>> codes(JdbcClient jdbc, String sql, Collection<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            jdbc.sql(sql).param("ids", all.subList(i, Math.min(all.size(), i + 500)))
                    .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .list();
        }
        out.values().forEach(list -> list.sort(String::compareTo));
        return out;
    }

    static String likePattern(String q) {
        return q == null || q.isBlank() ? null
                : "%" + q.trim().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** A list to bind to {@code in (:nodes)}: never empty, so the SQL stays valid when there is no node filter. */
    static List<String> nonEmpty(Collection<String> codes) {
        return codes.isEmpty() ? List.of("") : List.copyOf(codes);
    }
}
