package org.haven.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Data sets from the data_set and data_set_element tables. */
@Repository
class JdbcDataSetCatalog implements DataSetCatalog {

    private final JdbcClient jdbc;

    JdbcDataSetCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DataSet> all() {
        Map<String, List<String>> elements = new HashMap<>();
        jdbc.sql("select data_set_code, data_element_code from data_set_element order by data_set_code, sort_order, data_element_code")
                .query(rs -> {
                    elements.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select * from data_set order by name").query((rs, n) -> new DataSet(rs.getString("code"),
                rs.getString("name"), PeriodType.valueOf(rs.getString("period_type")),
                elements.getOrDefault(rs.getString("code"), List.of()), rs.getInt("open_days_after_period_end"),
                rs.getInt("version"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DataSet> find(String code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DataSet> containing(String dataElement) {
        return all().stream().filter(d -> d.dataElements().contains(dataElement)).toList();
    }
}
