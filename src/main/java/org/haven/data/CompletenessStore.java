package org.haven.data;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Completion marks of entry forms (migration 6.5) and the count of values entered per org unit and element. */
@Repository
class CompletenessStore {

    /** Who marked a form complete, and when. */
    record Completion(String completedBy, OffsetDateTime completedAt) {
    }

    private final JdbcClient jdbc;

    CompletenessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Completion> find(String dataSet, String orgUnit, String period) {
        return jdbc.sql("""
                        select completed_by, completed_at from data_set_completion
                        where data_set_code = :set and org_unit_code = :ou and period = :period""")
                .param("set", dataSet).param("ou", orgUnit).param("period", period)
                .query((rs, n) -> new Completion(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    Map<String, Completion> forPeriod(String dataSet, String period) {
        Map<String, Completion> map = new HashMap<>();
        jdbc.sql("""
                        select org_unit_code, completed_by, completed_at from data_set_completion
                        where data_set_code = :set and period = :period""")
                .param("set", dataSet).param("period", period)
                .query(rs -> {
                    map.put(rs.getString(1), new Completion(rs.getString(2), rs.getObject(3, OffsetDateTime.class)));
                });
        return map;
    }

    void insert(String dataSet, String orgUnit, String period, String by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into data_set_completion (data_set_code, org_unit_code, period, completed_by, completed_at)
                        values (:set, :ou, :period, :by, :at)""")
                .param("set", dataSet).param("ou", orgUnit).param("period", period).param("by", by).param("at", at)
                .update();
    }

    int delete(String dataSet, String orgUnit, String period) {
        return jdbc.sql("delete from data_set_completion where data_set_code = :set and org_unit_code = :ou and period = :period")
                .param("set", dataSet).param("ou", orgUnit).param("period", period)
                .update();
    }

    /** Org unit -> data element -> number of stored values of the period (any combination, any partner). */
    Map<String, Map<String, Integer>> valueCounts(List<String> elements, String period, List<String> orgUnits) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        if (elements.isEmpty()) {
            return counts;
        }
        String orgFilter = orgUnits == null ? "" : " and org_unit_code in (:orgUnits)";
        var spec = jdbc.sql("""
                        select org_unit_code, data_element_code, count(*) from data_value
                        where period = :period and data_element_code in (:elements)""" + orgFilter
                        + " group by org_unit_code, data_element_code")
                .param("period", period).param("elements", elements);
        if (orgUnits != null) {
            if (orgUnits.isEmpty()) {
                return counts;
            }
            spec = spec.param("orgUnits", orgUnits);
        }
        spec.query(rs -> {
            counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        return counts;
    }
}
