package org.haven.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes baselines and targets (table indicator_target); also the read-only {@link TargetCatalog}. */
@Repository
class TargetStore implements TargetCatalog {

    private static final String ORDER = " order by org_unit_code, combo, kind, period_year";

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorTarget> baseline(String indicator, String orgUnit, String combo) {
        return canonicalOrNull(combo).flatMap(c -> baselineOf(indicator, orgUnit, c));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorTarget> target(String indicator, String orgUnit, int year, String combo) {
        return canonicalOrNull(combo).flatMap(c -> find(indicator, orgUnit, TargetKind.TARGET, year, c));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorTarget> forIndicator(String indicator, String orgUnit) {
        String org = orgUnit == null || orgUnit.isBlank() ? null : orgUnit.trim();
        return jdbc.sql("select * from indicator_target where indicator_code = :indicator"
                        + " and (cast(:org as varchar(20)) is null or org_unit_code = :org)" + ORDER)
                .param("indicator", indicator).param("org", org).query(TargetStore::row).list();
    }

    Optional<IndicatorTarget> byId(long id) {
        return jdbc.sql("select * from indicator_target where id = :id").param("id", id).query(TargetStore::row)
                .optional();
    }

    Optional<IndicatorTarget> baselineOf(String indicator, String orgUnit, String combo) {
        return jdbc.sql("""
                        select * from indicator_target where indicator_code = :indicator and org_unit_code = :org
                        and kind = 'BASELINE' and combo = :combo order by period_year desc""")
                .param("indicator", indicator).param("org", orgUnit).param("combo", combo)
                .query(TargetStore::row).list().stream().findFirst();
    }

    Optional<IndicatorTarget> find(String indicator, String orgUnit, TargetKind kind, int year, String combo) {
        return jdbc.sql("""
                        select * from indicator_target where indicator_code = :indicator and org_unit_code = :org
                        and kind = :kind and period_year = :year and combo = :combo""")
                .param("indicator", indicator).param("org", orgUnit).param("kind", kind.name())
                .param("year", year).param("combo", combo).query(TargetStore::row).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from indicator_target").query(Long.class).single();
    }

    long insert(IndicatorTarget t, String actor) {
        OffsetDateTime now = now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into indicator_target (indicator_code, org_unit_code, kind, period_year, combo, numeric_value,
                            source, note, version, created_by, created_at, updated_by, updated_at)
                        values (:indicator, :org, :kind, :year, :combo, :value, :source, :note, 0, :actor, :now, :actor, :now)""")
                .param("indicator", t.indicatorCode()).param("org", t.orgUnitCode()).param("kind", t.kind().name())
                .param("year", t.year()).param("combo", t.combo()).param("value", t.value())
                .param("source", t.source()).param("note", t.note()).param("actor", actor).param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(IndicatorTarget t, int version, String actor) {
        return jdbc.sql("""
                        update indicator_target set org_unit_code = :org, period_year = :year, combo = :combo,
                            numeric_value = :value, source = :source, note = :note, version = version + 1,
                            updated_by = :actor, updated_at = :now
                        where id = :id and version = :version""")
                .param("org", t.orgUnitCode()).param("year", t.year()).param("combo", t.combo())
                .param("value", t.value()).param("source", t.source()).param("note", t.note())
                .param("actor", actor).param("now", now()).param("id", t.id()).param("version", version)
                .update() == 1;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("delete from indicator_target where id = :id and version = :version")
                .param("id", id).param("version", version).update() == 1;
    }

    private static Optional<String> canonicalOrNull(String combo) {
        try {
            return Optional.of(TargetCombo.canonical(combo));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static IndicatorTarget row(ResultSet rs, int n) throws SQLException {
        return new IndicatorTarget(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("org_unit_code"),
                TargetKind.valueOf(rs.getString("kind")), rs.getInt("period_year"), rs.getString("combo"),
                RegistryStore.plain(rs.getBigDecimal("numeric_value")), rs.getString("source"), rs.getString("note"),
                rs.getInt("version"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
