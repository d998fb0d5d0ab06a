package org.haven.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes categories, data elements and indicators. */
@Repository
class RegistryStore {

    private final JdbcClient jdbc;

    RegistryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> categories() {
        Map<String, List<CategoryOption>> options = new HashMap<>();
        jdbc.sql("select * from category_option order by category_code, sort_order, code").query(rs -> {
            options.computeIfAbsent(rs.getString("category_code"), k -> new ArrayList<>()).add(option(rs));
        });
        return jdbc.sql("select * from category order by name").query((rs, n) -> new Category(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), rs.getString("description"), rs.getInt("version"),
                options.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    Optional<Category> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    void insertCategory(Category c) {
        OffsetDateTime now = now();
        jdbc.sql("insert into category (code, name, description, version, created_at, updated_at) values (:code, :name, :description, 0, :now, :now)")
                .param("code", c.code()).param("name", c.name()).param("description", c.description()).param("now", now)
                .update();
        syncOptions(c.code(), c.options());
    }

    boolean updateCategory(Category c, int version) {
        int rows = jdbc.sql("""
                update category set name = :name, description = :description, version = version + 1, updated_at = :now
                where code = :code and version = :version""")
                .param("code", c.code()).param("name", c.name()).param("description", c.description())
                .param("now", now()).param("version", version).update();
        if (rows == 0) {
            return false;
        }
        syncOptions(c.code(), c.options());
        return true;
    }

    /** Updates options in place by code, inserts new ones and deletes those no longer listed. */
    private void syncOptions(String category, List<CategoryOption> options) {
        List<String> existing = jdbc.sql("select code from category_option where category_code = :c").param("c", category)
                .query(String.class).list();
        List<String> wanted = options.stream().map(CategoryOption::code).toList();
        for (String code : existing) {
            if (!wanted.contains(code)) {
                jdbc.sql("delete from category_option where category_code = :c and code = :o").param("c", category)
                        .param("o", code).update();
            }
        }
        for (CategoryOption o : options) {
            String sql = existing.contains(o.code())
                    ? """
                      update category_option set name = :name, sort_order = :sort, age_from = :from, age_to = :to,
                          sdmx_code = :sdmx, unverified = :unverified where category_code = :c and code = :o"""
                    : """
                      insert into category_option (category_code, code, name, sort_order, age_from, age_to, sdmx_code, unverified)
                      values (:c, :o, :name, :sort, :from, :to, :sdmx, :unverified)""";
            jdbc.sql(sql).param("c", category).param("o", o.code()).param("name", o.name()).param("sort", o.sortOrder())
                    .param("from", o.ageFrom(), java.sql.Types.INTEGER).param("to", o.ageTo(), java.sql.Types.INTEGER)
                    .param("sdmx", o.sdmxCode()).param("unverified", o.unverified()).update();
        }
    }

    List<DataElement> elements() {
        Map<String, List<String>> links = new HashMap<>();
        jdbc.sql("select * from data_element_category order by data_element_code, sort_order, category_code").query(rs -> {
            links.computeIfAbsent(rs.getString("data_element_code"), k -> new ArrayList<>()).add(rs.getString("category_code"));
        });
        return jdbc.sql("select * from data_element order by code").query((rs, n) -> element(rs,
                links.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    Optional<DataElement> element(String code) {
        List<String> cats = jdbc.sql("select category_code from data_element_category where data_element_code = :code order by sort_order, category_code")
                .param("code", code).query(String.class).list();
        return jdbc.sql("select * from data_element where code = :code").param("code", code)
                .query((rs, n) -> element(rs, cats)).optional();
    }

    void insertElement(DataElement e) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into data_element (code, name, description, value_type, milestone_stages, aggregation_org, aggregation_time, version, created_at, updated_at)
                values (:code, :name, :description, :valueType, :stages, :aggOrg, :aggTime, 0, :now, :now)""")
                .params(elementParams(e, now)).update();
        replaceCategories(e.code(), e.categoryCodes());
    }

    boolean updateElement(DataElement e, int version) {
        Map<String, Object> params = elementParams(e, now());
        params.put("version", version);
        int rows = jdbc.sql("""
                update data_element set name = :name, description = :description, value_type = :valueType,
                    milestone_stages = :stages, aggregation_org = :aggOrg, aggregation_time = :aggTime,
                    version = version + 1, updated_at = :now
                where code = :code and version = :version""").params(params).update();
        if (rows == 0) {
            return false;
        }
        replaceCategories(e.code(), e.categoryCodes());
        return true;
    }

    /** Delete and re-insert: safe while no data values reference the element's combinations. */
    private void replaceCategories(String element, List<String> categories) {
        jdbc.sql("delete from data_element_category where data_element_code = :code").param("code", element).update();
        int order = 0;
        for (String category : categories) {
            jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, :c, :o)")
                    .param("e", element).param("c", category).param("o", order++).update();
        }
    }

    List<Indicator> indicators() {
        Map<String, List<String>> nodes = new HashMap<>();
        jdbc.sql("select * from indicator_node order by indicator_code, node_code").query(rs -> {
            nodes.computeIfAbsent(rs.getString("indicator_code"), k -> new ArrayList<>()).add(rs.getString("node_code"));
        });
        return jdbc.sql("select * from indicator order by code").query((rs, n) -> indicator(rs,
                nodes.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    Optional<Indicator> indicator(String code) {
        List<String> nodes = jdbc.sql("select node_code from indicator_node where indicator_code = :code order by node_code")
                .param("code", code).query(String.class).list();
        return jdbc.sql("select * from indicator where code = :code").param("code", code)
                .query((rs, n) -> indicator(rs, nodes)).optional();
    }

    List<Indicator> linkedTo(String nodeCode) {
        return jdbc.sql("select i.* from indicator i join indicator_node n on n.indicator_code = i.code where n.node_code = :node order by i.code")
                .param("node", nodeCode).query((rs, n) -> indicator(rs, List.of(nodeCode))).list();
    }

    void insertIndicator(Indicator i) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into indicator (code, name, definition, type, unit, decimals, direction, aggregation_org, aggregation_time,
                    data_source, frequency, responsible_office, numerator, denominator, multiplier, milestone_stages,
                    international_code, sdg_series_codes, core_indicator, unverified, source_note, version, created_at, updated_at)
                values (:code, :name, :definition, :type, :unit, :decimals, :direction, :aggOrg, :aggTime,
                    :dataSource, :frequency, :office, :numerator, :denominator, :multiplier, :stages,
                    :intl, :series, :core, :unverified, :note, 0, :now, :now)""")
                .params(indicatorParams(i, now)).update();
        replaceNodes(i.code(), i.nodeCodes());
    }

    boolean updateIndicator(Indicator i, int version) {
        Map<String, Object> params = indicatorParams(i, now());
        params.put("version", version);
        int rows = jdbc.sql("""
                update indicator set name = :name, definition = :definition, type = :type, unit = :unit, decimals = :decimals,
                    direction = :direction, aggregation_org = :aggOrg, aggregation_time = :aggTime, data_source = :dataSource,
                    frequency = :frequency, responsible_office = :office, numerator = :numerator, denominator = :denominator,
                    multiplier = :multiplier, milestone_stages = :stages, international_code = :intl, sdg_series_codes = :series,
                    core_indicator = :core, unverified = :unverified, source_note = :note, version = version + 1, updated_at = :now
                where code = :code and version = :version""").params(params).update();
        if (rows == 0) {
            return false;
        }
        replaceNodes(i.code(), i.nodeCodes());
        return true;
    }

    private void replaceNodes(String indicator, List<String> nodes) {
        jdbc.sql("delete from indicator_node where indicator_code = :code").param("code", indicator).update();
        for (String node : nodes) {
            jdbc.sql("insert into indicator_node (indicator_code, node_code) values (:i, :n)")
                    .param("i", indicator).param("n", node).update();
        }
    }

    private static Map<String, Object> elementParams(DataElement e, OffsetDateTime now) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", e.code());
        p.put("name", e.name());
        p.put("description", e.description());
        p.put("valueType", e.valueType().name());
        p.put("stages", e.milestoneStages());
        p.put("aggOrg", e.aggregationOrg().name());
        p.put("aggTime", e.aggregationTime().name());
        p.put("now", now);
        return p;
    }

    private static Map<String, Object> indicatorParams(Indicator i, OffsetDateTime now) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", i.code());
        p.put("name", i.name());
        p.put("definition", i.definition());
        p.put("type", i.type().name());
        p.put("unit", i.unit());
        p.put("decimals", i.decimals());
        p.put("direction", i.direction().name());
        p.put("aggOrg", i.aggregationOrg().name());
        p.put("aggTime", i.aggregationTime().name());
        p.put("dataSource", i.dataSource());
        p.put("frequency", i.frequency().name());
        p.put("office", i.responsibleOffice());
        p.put("numerator", i.numerator());
        p.put("denominator", i.denominator());
        p.put("multiplier", i.multiplier());
        p.put("stages", i.milestoneStages());
        p.put("intl", i.internationalCode());
        p.put("series", i.sdgSeriesCodes());
        p.put("core", i.coreIndicator());
        p.put("unverified", i.unverified());
        p.put("note", i.sourceNote());
        p.put("now", now);
        return p;
    }

    private static CategoryOption option(ResultSet rs) throws SQLException {
        return new CategoryOption(rs.getString("code"), rs.getString("name"), rs.getInt("sort_order"),
                (Integer) rs.getObject("age_from", Integer.class), (Integer) rs.getObject("age_to", Integer.class),
                rs.getString("sdmx_code"), rs.getBoolean("unverified"));
    }

    private static DataElement element(ResultSet rs, List<String> categories) throws SQLException {
        return new DataElement(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("description"),
                ValueType.valueOf(rs.getString("value_type")), rs.getString("milestone_stages"),
                Aggregation.valueOf(rs.getString("aggregation_org")), Aggregation.valueOf(rs.getString("aggregation_time")),
                rs.getInt("version"), categories, rs.getString("derived_from"));
    }

    private static Indicator indicator(ResultSet rs, List<String> nodes) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("definition"),
                IndicatorType.valueOf(rs.getString("type")), rs.getString("unit"), rs.getInt("decimals"),
                Direction.valueOf(rs.getString("direction")), Aggregation.valueOf(rs.getString("aggregation_org")),
                Aggregation.valueOf(rs.getString("aggregation_time")), rs.getString("data_source"),
                Frequency.valueOf(rs.getString("frequency")), rs.getString("responsible_office"),
                rs.getString("numerator"), rs.getString("denominator"), plain(rs.getBigDecimal("multiplier")),
                rs.getString("milestone_stages"), rs.getString("international_code"), rs.getString("sdg_series_codes"),
                rs.getBoolean("core_indicator"), rs.getBoolean("unverified"), rs.getString("source_note"),
                rs.getInt("version"), nodes);
    }

    /** 100000 rather than 1E+5 or 100000.0000. */
    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        java.math.BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
