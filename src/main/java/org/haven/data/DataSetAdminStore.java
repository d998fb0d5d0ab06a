package org.haven.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes data sets and their element lists (tables of migration 6) for the admin pages. */
@Repository
class DataSetAdminStore {

    private final JdbcClient jdbc;

    DataSetAdminStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DataSetAdminRow> all() {
        Map<String, List<String>> elements = new LinkedHashMap<>();
        jdbc.sql("select data_set_code, data_element_code from data_set_element order by data_set_code, sort_order, data_element_code")
                .query(rs -> {
                    elements.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select code, name, period_type, open_days_after_period_end, version from data_set order by name, code")
                .query((rs, n) -> new DataSetAdminRow(rs.getString("code"), rs.getString("name"),
                        PeriodType.valueOf(rs.getString("period_type")), rs.getInt("open_days_after_period_end"),
                        rs.getInt("version"), elements.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Optional<DataSetAdminRow> find(String code) {
        List<String> elements = jdbc.sql("""
                        select data_element_code from data_set_element where data_set_code = :code
                        order by sort_order, data_element_code""")
                .param("code", code).query(String.class).list();
        return jdbc.sql("select code, name, period_type, open_days_after_period_end, version from data_set where code = :code")
                .param("code", code)
                .query((rs, n) -> new DataSetAdminRow(rs.getString("code"), rs.getString("name"),
                        PeriodType.valueOf(rs.getString("period_type")), rs.getInt("open_days_after_period_end"),
                        rs.getInt("version"), elements))
                .optional();
    }

    void insert(DataSetAdminRow row) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into data_set (code, name, period_type, open_days_after_period_end, version, created_at, updated_at)
                        values (:code, :name, :type, :days, 0, :now, :now)""")
                .param("code", row.code()).param("name", row.name()).param("type", row.periodType().name())
                .param("days", row.openDays()).param("now", now)
                .update();
        replaceElements(row.code(), row.elements());
    }

    /** Updates the row if it still has {@code version}; false when someone else changed it first. */
    /** Org unit and period of every APPROVED approval of the data set. */
    List<List<String>> approved(String code) {
        return jdbc.sql("select org_unit_code, period from data_approval where data_set_code = :d and state = 'APPROVED'")
                .param("d", code).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
    }

    boolean update(DataSetAdminRow row) {
        int n = jdbc.sql("""
                        update data_set set name = :name, period_type = :type, open_days_after_period_end = :days,
                            version = version + 1, updated_at = :now
                        where code = :code and version = :version""")
                .param("code", row.code()).param("name", row.name()).param("type", row.periodType().name())
                .param("days", row.openDays()).param("version", row.version())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        if (n == 0) {
            return false;
        }
        replaceElements(row.code(), row.elements());
        return true;
    }

    private void replaceElements(String code, List<String> elements) {
        jdbc.sql("delete from data_set_element where data_set_code = :code").param("code", code).update();
        for (int i = 0; i < elements.size(); i++) {
            jdbc.sql("insert into data_set_element (data_set_code, data_element_code, sort_order) values (:set, :el, :order)")
                    .param("set", code).param("el", elements.get(i)).param("order", i + 1)
                    .update();
        }
    }
}
