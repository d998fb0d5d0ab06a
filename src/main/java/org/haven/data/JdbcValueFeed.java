package org.haven.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ValueFeed} over JDBC: rows are streamed with a fetch size (PostgreSQL needs the transaction for that), IN
 * lists are cut into chunks, and the approved cells are read once per call and looked up per row.
 */
@Component
class JdbcValueFeed implements ValueFeed {

    private static final int FETCH = 10_000;
    private static final int CHUNK = 500;
    private static final String SELECT = """
            select data_element_code, org_unit_code, period, combo, partner_code, numeric_value, demo, nature, origin
            from data_value v where 1 = 1""";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcValueFeed(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void all(Consumer<FeedValue> sink) {
        Approved approved = approved(null);
        jdbc.query(SELECT, new MapSqlParameterSource(), rs -> {
            sink.accept(row(rs, approved));
        });
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void values(Collection<String> dataElements, Collection<String> orgUnits, Collection<String> periods,
            Consumer<FeedValue> sink) {
        if (dataElements == null || dataElements.isEmpty() || (orgUnits != null && orgUnits.isEmpty())
                || (periods != null && periods.isEmpty())) {
            return;
        }
        Approved approved = approved(dataElements);
        for (List<String> e : chunks(dataElements)) {
            for (List<String> o : orgUnits == null ? List.<List<String>>of(List.of()) : chunks(orgUnits)) {
                for (List<String> p : periods == null ? List.<List<String>>of(List.of()) : chunks(periods)) {
                    StringBuilder sql = new StringBuilder(SELECT).append(" and data_element_code in (:e)");
                    MapSqlParameterSource params = new MapSqlParameterSource("e", e);
                    if (!o.isEmpty()) {
                        sql.append(" and org_unit_code in (:o)");
                        params.addValue("o", o);
                    }
                    if (!p.isEmpty()) {
                        sql.append(" and period in (:p)");
                        params.addValue("p", p);
                    }
                    jdbc.query(sql.toString(), params, rs -> {
                        sink.accept(row(rs, approved));
                    });
                }
            }
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public long count() {
        Long n = jdbc.queryForObject("select count(*) from data_value", new MapSqlParameterSource(), Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public Optional<OffsetDateTime> lastChange() {
        return Optional.ofNullable(jdbc.queryForObject("select max(t) from (select max(stored_at) t from data_value"
                + " union all select max(changed_at) t from data_value_history) x",
                new MapSqlParameterSource(), OffsetDateTime.class));
    }

    private static FeedValue row(ResultSet rs, Approved approved) throws SQLException {
        String element = rs.getString(1);
        String orgUnit = rs.getString(2);
        String period = rs.getString(3);
        String origin = rs.getString(9);
        return new FeedValue(element, orgUnit, period, rs.getString(4), rs.getString(5), rs.getDouble(6),
                rs.getBoolean(7), rs.getString(8), origin, origin != null || approved.contains(element, orgUnit, period));
    }

    /** Element -> org unit -> periods of every APPROVED data set approval, expanded to the set's elements. */
    private record Approved(Map<String, Map<String, Set<String>>> cells) {

        boolean contains(String element, String orgUnit, String period) {
            Map<String, Set<String>> units = cells.get(element);
            if (units == null) {
                return false;
            }
            Set<String> periods = units.get(orgUnit);
            return periods != null && periods.contains(period);
        }
    }

    private Approved approved(Collection<String> elements) {
        Map<String, Map<String, Set<String>>> cells = new HashMap<>();
        String sql = """
                select e.data_element_code, a.org_unit_code, a.period from data_approval a
                join data_set_element e on e.data_set_code = a.data_set_code where a.state = 'APPROVED'""";
        for (List<String> chunk : elements == null ? List.<List<String>>of(List.of()) : chunks(elements)) {
            MapSqlParameterSource params = new MapSqlParameterSource();
            String q = sql;
            if (!chunk.isEmpty()) {
                q += " and e.data_element_code in (:e)";
                params.addValue("e", chunk);
            }
            jdbc.query(q, params, rs -> {
                cells.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(3));
            });
        }
        return new Approved(cells);
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
