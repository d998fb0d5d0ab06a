package org.haven.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts activities per pair of framework nodes. Every statement is static SQL; node codes, kinds and filter values
 * travel only as bound parameters.
 */
@Repository
@Transactional(readOnly = true)
class CoverageStore {

    /** Activities linked to a row node (a1) and a column node (a2) that pass the filter. */
    private static final String PAIRS = """
             from activity a
             join activity_node a1 on a1.activity_id = a.id
             join activity_node a2 on a2.activity_id = a.id
            where a1.node_code in (:rows) and a2.node_code in (:columns)
            """;

    /** The filter conditions on activity a, shared by every statement. */
    private static final String FILTER = """
              and (:includeCancelled = true or a.status <> 'CANCELLED')
              and (:anyDemo = true or a.demo = :demo)
              and (:anyArea = true or exists (select 1 from activity_area aa
                       join org_unit u on u.code = aa.org_unit_code
                      where aa.activity_id = a.id and concat('/', u.path, '/') like :areaPattern))
            """;

    private static final String CELLS = "select a1.node_code as row_code, a2.node_code as column_code,"
            + " count(distinct a.id) as n" + PAIRS + FILTER + " group by a1.node_code, a2.node_code";

    private static final String TOTALS = "select 'R' as axis, a1.node_code as code, count(distinct a.id) as n"
            + PAIRS + FILTER + " group by a1.node_code"
            + " union all select 'C' as axis, a2.node_code as code, count(distinct a.id) as n"
            + PAIRS + FILTER + " group by a2.node_code"
            + " union all select 'T' as axis, '-' as code, count(distinct a.id) as n" + PAIRS + FILTER;

    private static final String UNLINKED = """
            select n.code from framework_node n
             where n.kind in (:kinds) and n.retired = false
               and not exists (select 1 from activity a join activity_node an on an.activity_id = a.id
                                where an.node_code = n.code
            """ + FILTER + ")";

    private final JdbcClient jdbc;

    CoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts keyed by row code, then column code; pairs without any activity are absent. */
    Map<String, Map<String, Integer>> cells(Collection<String> rows, Collection<String> columns, CoverageFilter filter) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        if (rows.isEmpty() || columns.isEmpty()) {
            return counts;
        }
        bind(jdbc.sql(CELLS), filter).param("rows", List.copyOf(rows)).param("columns", List.copyOf(columns))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("row_code"), k -> new HashMap<>())
                            .put(rs.getString("column_code"), rs.getInt("n"));
                });
        return counts;
    }

    /** Distinct activities per row node, per column node and in the whole matrix. */
    Totals totals(Collection<String> rows, Collection<String> columns, CoverageFilter filter) {
        Map<String, Integer> rowTotals = new HashMap<>();
        Map<String, Integer> columnTotals = new HashMap<>();
        int[] total = {0};
        if (rows.isEmpty() || columns.isEmpty()) {
            return new Totals(rowTotals, columnTotals, 0);
        }
        bind(jdbc.sql(TOTALS), filter).param("rows", List.copyOf(rows)).param("columns", List.copyOf(columns))
                .query(rs -> {
                    String axis = rs.getString("axis").trim();
                    int n = rs.getInt("n");
                    switch (axis) {
                        case "R" -> rowTotals.put(rs.getString("code"), n);
                        case "C" -> columnTotals.put(rs.getString("code"), n);
                        default -> total[0] = n;
                    }
                });
        return new Totals(rowTotals, columnTotals, total[0]);
    }

    /**
     * Codes of the non-retired nodes of these kinds that no activity passing the filter links to. Cancelled activities
     * never cover a node, whatever the filter says.
     */
    Set<String> unlinked(Collection<String> kinds, CoverageFilter filter) {
        if (kinds.isEmpty()) {
            return Set.of();
        }
        CoverageFilter withoutCancelled = new CoverageFilter(false, filter.demo(), filter.area());
        return new HashSet<>(bind(jdbc.sql(UNLINKED), withoutCancelled).param("kinds", List.copyOf(kinds))
                .query(String.class).list());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CoverageFilter filter) {
        return spec.param("includeCancelled", filter.includeCancelled())
                .param("anyDemo", filter.demo() == null)
                .param("demo", filter.demo() != null && filter.demo())
                .param("anyArea", filter.area() == null)
                .param("areaPattern", filter.area() == null ? "" : "%/" + escapeLike(filter.area()) + "/%");
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record Totals(Map<String, Integer> rows, Map<String, Integer> columns, int total) {
    }
}
