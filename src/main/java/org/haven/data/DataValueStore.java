package org.haven.data;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.core.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for data values and their history; writes are batched. */
@Repository
class DataValueStore {

    private static final int CHUNK = 500;

    /** A stored row with its id, for updates. */
    record Row(long id, StoredValue value) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    DataValueStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** "element|orgUnit|period" of every approved data set x org unit x period, for each element of the set. */
    Set<String> approvedCells() {
        Set<String> out = new HashSet<>();
        jdbc.sql("""
                select e.data_element_code, a.org_unit_code, a.period from data_approval a
                join data_set_element e on e.data_set_code = a.data_set_code where a.state = 'APPROVED'""")
                .query(rs -> {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                });
        return out;
    }

    /** The stored rows for these items, by {@link CheckedItem#cell()}. */
    Map<String, Row> existing(List<CheckedItem> items) {
        Map<String, Row> out = new HashMap<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<CheckedItem> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            Set<String> elements = new LinkedHashSet<>();
            Set<String> orgUnits = new LinkedHashSet<>();
            Set<String> periods = new LinkedHashSet<>();
            Set<String> wanted = new HashSet<>();
            for (CheckedItem c : chunk) {
                elements.add(c.element());
                orgUnits.add(c.orgUnit());
                periods.add(c.period().iso());
                wanted.add(c.cell());
            }
            jdbc.sql("select * from data_value where data_element_code in (:e) and org_unit_code in (:o) and period in (:p)")
                    .param("e", List.copyOf(elements)).param("o", List.copyOf(orgUnits)).param("p", List.copyOf(periods))
                    .query((rs, n) -> row(rs)).list().forEach(r -> {
                        String cell = cell(r.value().key());
                        if (wanted.contains(cell)) {
                            out.put(cell, r);
                        }
                    });
        }
        return out;
    }

    void insert(List<CheckedItem> items, ValueSource source, String actor, OffsetDateTime now) {
        if (items.isEmpty()) {
            return;
        }
        SqlParameterSource[] params = items.stream().map(c -> params(c, source, actor, now)).toArray(SqlParameterSource[]::new);
        try {
            batch.batchUpdate("""
                insert into data_value (data_element_code, org_unit_code, period, period_type, period_start, period_end,
                    combo, partner_code, numeric_value, comment, follow_up, source, stored_by, stored_at, version,
                    nature, origin, demo)
                values (:element, :orgUnit, :period, :periodType, :start, :end, :combo, :partner, :value, :comment,
                    :followUp, :source, :actor, :now, 0, :nature, :origin, :demo)""", params);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Some of these values were stored by someone else at the same time."
                    + " Reload them and submit your changes again.");
        }
    }

    void update(List<CheckedItem> items, Map<String, Row> existing, ValueSource source, String actor, OffsetDateTime now) {
        if (items.isEmpty()) {
            return;
        }
        SqlParameterSource[] params = items.stream().map(c -> {
            Row r = existing.get(c.cell());
            return params(c, source, actor, now).addValue("id", r.id()).addValue("version", r.value().version());
        }).toArray(SqlParameterSource[]::new);
        int[] counts = batch.batchUpdate("""
                update data_value set numeric_value = :value, comment = :comment, follow_up = :followUp, source = :source,
                    stored_by = :actor, stored_at = :now, version = version + 1, nature = :nature, origin = :origin,
                    demo = :demo
                where id = :id and version = :version""", params);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw ConflictException.staleVersion("Data value", items.get(i).cell());
            }
        }
    }

    void delete(List<CheckedItem> items, Map<String, Row> existing) {
        if (items.isEmpty()) {
            return;
        }
        SqlParameterSource[] params = items.stream().map(c -> {
            Row r = existing.get(c.cell());
            return new MapSqlParameterSource("id", r.id()).addValue("version", r.value().version());
        }).toArray(SqlParameterSource[]::new);
        int[] counts = batch.batchUpdate("delete from data_value where id = :id and version = :version", params);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw ConflictException.staleVersion("Data value", items.get(i).cell());
            }
        }
    }

    /** One history row per change; {@code before} is null for created values. */
    void history(List<CheckedItem> items, Map<String, Row> before, ValueSource source, String actor, OffsetDateTime now) {
        if (items.isEmpty()) {
            return;
        }
        SqlParameterSource[] params = items.stream().map(c -> {
            Row r = before.get(c.cell());
            String action = r == null ? "CREATE" : c.value() == null ? "DELETE" : "UPDATE";
            return new MapSqlParameterSource()
                    .addValue("element", c.element()).addValue("orgUnit", c.orgUnit()).addValue("period", c.period().iso())
                    .addValue("combo", c.combo()).addValue("partner", c.partner()).addValue("action", action)
                    .addValue("pValue", r == null ? null : r.value().value())
                    .addValue("pComment", r == null ? null : r.value().comment())
                    .addValue("pFollowUp", r == null ? null : r.value().followUp())
                    .addValue("value", c.value())
                    .addValue("comment", c.value() == null ? null : blankToNull(c.input().comment()))
                    .addValue("followUp", c.value() != null && c.input().followUp())
                    .addValue("source", source.name()).addValue("actor", actor).addValue("now", now);
        }).toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into data_value_history (data_element_code, org_unit_code, period, combo, partner_code, action,
                    previous_value, previous_comment, previous_follow_up, new_value, new_comment, new_follow_up, source,
                    changed_by, changed_at)
                values (:element, :orgUnit, :period, :combo, :partner, :action, :pValue, :pComment, :pFollowUp, :value,
                    :comment, :followUp, :source, :actor, :now)""", params);
    }

    List<StoredValue> find(DataValueQuery q, int limit) {
        StringBuilder sql = new StringBuilder("select * from data_value v where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!q.dataElements().isEmpty()) {
            sql.append(" and v.data_element_code in (:elements)");
            params.put("elements", q.dataElements());
        }
        if (!q.periods().isEmpty()) {
            sql.append(" and v.period in (:periods)");
            params.put("periods", q.periods());
        }
        if (!q.orgUnits().isEmpty()) {
            sql.append(q.includeChildren()
                    ? " and v.org_unit_code in (select o.code from org_unit o join org_unit r on r.code in (:orgUnits)"
                            + " and (o.code = r.code or o.path like r.path || '/%'))"
                    : " and v.org_unit_code in (:orgUnits)");
            params.put("orgUnits", q.orgUnits());
        }
        sql.append(" order by v.data_element_code, v.org_unit_code, v.period_start, v.period_type, v.combo, v.partner_code limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs).value()).list();
    }

    /** Every stored value of one data element. */
    List<StoredValue> ofElement(String element) {
        return jdbc.sql("select * from data_value where data_element_code = :e").param("e", element)
                .query((rs, n) -> row(rs).value()).list();
    }

    List<ValueChange> history(String element, String orgUnit, String period, String combo, String partner) {
        return jdbc.sql("""
                select * from data_value_history where data_element_code = :e and org_unit_code = :o and period = :p
                    and combo = :c and partner_code = :partner order by changed_at desc, id desc""")
                .param("e", element).param("o", orgUnit).param("p", period).param("c", combo).param("partner", partner)
                .query((rs, n) -> new ValueChange(rs.getString("action"), rs.getBigDecimal("previous_value"),
                        rs.getString("previous_comment"), (Boolean) rs.getObject("previous_follow_up", Boolean.class),
                        rs.getBigDecimal("new_value"), rs.getString("new_comment"), rs.getBoolean("new_follow_up"),
                        ValueSource.valueOf(rs.getString("source")), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    private static MapSqlParameterSource params(CheckedItem c, ValueSource source, String actor, OffsetDateTime now) {
        return new MapSqlParameterSource()
                .addValue("element", c.element()).addValue("orgUnit", c.orgUnit())
                .addValue("period", c.period().iso()).addValue("periodType", c.period().type().name())
                .addValue("start", c.period().start()).addValue("end", c.period().end())
                .addValue("combo", c.combo()).addValue("partner", c.partner())
                .addValue("value", c.value()).addValue("comment", blankToNull(c.input().comment()))
                .addValue("followUp", c.input().followUp()).addValue("source", source.name())
                .addValue("actor", actor).addValue("now", now).addValue("nature", c.provenance().nature())
                .addValue("origin", c.provenance().origin()).addValue("demo", c.provenance().demo());
    }

    static String cell(ValueKey key) {
        return key.dataElement() + "|" + key.orgUnit() + "|" + key.period() + "|" + key.combo() + "|"
                + (key.partner() == null ? "" : key.partner());
    }

    /** Without trailing zeros and never in exponent form (100.000000 -> 100, 2.500000 -> 2.5). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Row row(ResultSet rs) throws SQLException {
        String partner = rs.getString("partner_code");
        ValueKey key = new ValueKey(rs.getString("data_element_code"), rs.getString("org_unit_code"),
                rs.getString("period"), ValueKey.parseCombo(rs.getString("combo")), partner);
        BigDecimal value = rs.getBigDecimal("numeric_value");
        return new Row(rs.getLong("id"), new StoredValue(key, plain(value),
                rs.getString("comment"), rs.getBoolean("follow_up"), ValueSource.valueOf(rs.getString("source")),
                rs.getString("stored_by"), rs.getObject("stored_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getString("nature"), rs.getString("origin"), rs.getBoolean("demo")));
    }
}
