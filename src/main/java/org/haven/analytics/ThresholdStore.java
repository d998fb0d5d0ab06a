package org.haven.analytics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the per-indicator status thresholds (table analytics_threshold). */
@Repository
class ThresholdStore {

    /** A stored threshold row. */
    record Stored(String indicator, BigDecimal onTrack, BigDecimal atRisk, int version, String updatedBy,
            OffsetDateTime updatedAt) {
    }

    private final JdbcClient jdbc;

    ThresholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Stored> all() {
        Map<String, Stored> out = new HashMap<>();
        jdbc.sql("select * from analytics_threshold").query((rs, n) -> new Stored(rs.getString("indicator_code"),
                rs.getBigDecimal("on_track"), rs.getBigDecimal("at_risk"), rs.getInt("version"),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class)))
                .list().forEach(s -> out.put(s.indicator(), s));
        return out;
    }

    Optional<Stored> find(String indicator) {
        return Optional.ofNullable(all().get(indicator));
    }

    void insert(String indicator, BigDecimal onTrack, BigDecimal atRisk, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into analytics_threshold (indicator_code, on_track, at_risk, version, updated_by, updated_at)
                values (:i, :on, :risk, 0, :actor, :now)""")
                .param("i", indicator).param("on", onTrack).param("risk", atRisk).param("actor", actor)
                .param("now", now).update();
    }

    boolean update(String indicator, BigDecimal onTrack, BigDecimal atRisk, int version, String actor,
            OffsetDateTime now) {
        return jdbc.sql("""
                update analytics_threshold set on_track = :on, at_risk = :risk, version = version + 1,
                    updated_by = :actor, updated_at = :now
                where indicator_code = :i and version = :version""")
                .param("i", indicator).param("on", onTrack).param("risk", atRisk).param("actor", actor)
                .param("now", now).param("version", version).update() == 1;
    }

    boolean delete(String indicator, int version) {
        return jdbc.sql("delete from analytics_threshold where indicator_code = :i and version = :version")
                .param("i", indicator).param("version", version).update() == 1;
    }
}
