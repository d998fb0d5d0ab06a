package org.haven.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the benchmark's org units, data elements, data set, framework nodes, indicators and (after the values)
 * baselines and targets straight into Haven's tables, as the shipped seed loaders do: rows Haven's own services
 * read back like any other. Uses the shipped categories SEX and AGE_CHILD.
 */
final class BenchRegistry {

    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));

    private BenchRegistry() {
    }

    static void writeStructure(Connection c, BenchDataSet set) throws SQLException {
        orgUnits(c);
        try (PreparedStatement el = c.prepareStatement("""
                insert into data_element (code, name, description, value_type, aggregation_org, aggregation_time, version,
                    created_at, updated_at) values (?, ?, 'Synthetic benchmark element', 'INTEGER', 'SUM', 'SUM', 0, ?, ?)""");
             PreparedStatement cat = c.prepareStatement(
                     "insert into data_element_category (data_element_code, category_code, sort_order) values (?, ?, ?)");
             PreparedStatement setEl = c.prepareStatement(
                     "insert into data_set_element (data_set_code, data_element_code, sort_order) values ('BENCH', ?, ?)")) {
            update(c, "insert into data_set (code, name, period_type, open_days_after_period_end, version, created_at, "
                    + "updated_at) values ('BENCH', 'Benchmark monthly data set', 'MONTHLY', 0, 0, ?, ?)", NOW, NOW);
            int order = 0;
            for (BenchDataSet.Indicator i : set.indicators()) {
                for (String e : i.elements()) {
                    el.setString(1, e);
                    el.setString(2, "Benchmark element " + e + (e.equals(i.denominator()) ? " (denominator of " : " (")
                            + i.code() + ")");
                    el.setTimestamp(3, NOW);
                    el.setTimestamp(4, NOW);
                    el.addBatch();
                    for (String category : List.of("SEX", "AGE_CHILD")) {
                        cat.setString(1, e);
                        cat.setString(2, category);
                        cat.setInt(3, category.equals("SEX") ? 0 : 1);
                        cat.addBatch();
                    }
                    setEl.setString(1, e);
                    setEl.setInt(2, order++);
                    setEl.addBatch();
                }
            }
            el.executeBatch();
            cat.executeBatch();
            setEl.executeBatch();
        }
        for (String node : set.nodes()) {
            String title = "Benchmark objective " + node.substring(node.indexOf('-') + 1);
            update(c, "insert into framework_node (code, kind, title, sort_order, retired, version, created_at, updated_at) "
                    + "values (?, 'OPERATIONAL_OBJECTIVE', ?, 900, false, 0, ?, ?)", node, title, NOW, NOW);
            update(c, "insert into framework_node_history (code, kind, title, sort_order, retired, valid_from, changed_by, "
                    + "change_note) values (?, 'OPERATIONAL_OBJECTIVE', ?, 900, false, ?, 'benchmark', 'benchmark')",
                    node, title, NOW);
        }
        try (PreparedStatement ind = c.prepareStatement("""
                insert into indicator (code, name, type, unit, decimals, direction, aggregation_org, aggregation_time,
                    frequency, numerator, denominator, multiplier, core_indicator, unverified, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'SUM', 'SUM', 'MONTHLY', ?, ?, ?, false, false, 0, ?, ?)""");
             PreparedStatement link = c.prepareStatement("insert into indicator_node (indicator_code, node_code) values (?, ?)")) {
            for (BenchDataSet.Indicator i : set.indicators()) {
                ind.setString(1, i.code());
                ind.setString(2, "Benchmark " + (i.percentage() ? "percentage " : "count ") + i.code());
                ind.setString(3, i.percentage() ? "PERCENTAGE" : "COUNT");
                ind.setString(4, i.percentage() ? "%" : "cases");
                ind.setInt(5, i.percentage() ? 1 : 0);
                ind.setString(6, i.higherIsBetter() ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER");
                ind.setString(7, "#{" + i.numerator() + "}");
                ind.setString(8, i.percentage() ? "#{" + i.denominator() + "}" : null);
                ind.setInt(9, i.percentage() ? 100 : 1);
                ind.setTimestamp(10, NOW);
                ind.setTimestamp(11, NOW);
                ind.addBatch();
                link.setString(1, i.code());
                link.setString(2, i.node());
                link.addBatch();
            }
            ind.executeBatch();
            link.executeBatch();
        }
    }

    private static void orgUnits(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into org_unit (code, name, type, level, parent_code, path) values (?, ?, ?, ?, ?, ?)")) {
            add(ps, BenchDataSet.WORLD, "Benchmark world", "WORLD", 1, null, BenchDataSet.WORLD);
            for (int r = 0; r < BenchDataSet.REGIONS; r++) {
                add(ps, BenchDataSet.region(r), "Benchmark region " + (r + 1), "REGION", 2, BenchDataSet.WORLD,
                        BenchDataSet.WORLD + "/" + BenchDataSet.region(r));
            }
            for (int k = 0; k < BenchDataSet.COUNTRIES; k++) {
                String region = BenchDataSet.region(BenchDataSet.regionOf(k));
                String path = BenchDataSet.WORLD + "/" + region + "/" + BenchDataSet.country(k);
                add(ps, BenchDataSet.country(k), "Benchmark country " + (k + 1), "COUNTRY", 3, region, path);
                for (int u = 0; u < BenchDataSet.UNITS_PER_COUNTRY; u++) {
                    add(ps, BenchDataSet.unit(k, u), "Benchmark province " + (k + 1) + "." + (u + 1), "SUBNATIONAL", 4,
                            BenchDataSet.country(k), path + "/" + BenchDataSet.unit(k, u));
                }
            }
            ps.executeBatch();
        }
    }

    private static void add(PreparedStatement ps, String code, String name, String type, int level, String parent,
            String path) throws SQLException {
        ps.setString(1, code);
        ps.setString(2, name);
        ps.setString(3, type);
        ps.setInt(4, level);
        ps.setString(5, parent);
        ps.setString(6, path);
        ps.addBatch();
    }

    /**
     * Baselines (2016) and targets (2025, 2030) at the world level, derived from the generated values so progress
     * varies: counts +25% / +50% (higher is better) or -20% / -40%, percentages +/-10 and 20 points.
     */
    static void writeTargets(Connection c, BenchDataSet set) throws SQLException {
        Map<String, Double> baseYear = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select data_element_code, sum(numeric_value) from data_value
                where data_element_code like 'BE%' and period_start >= ? and period_end <= ?
                group by data_element_code""")) {
            ps.setObject(1, java.time.LocalDate.of(BenchDataSet.FIRST_YEAR, 1, 1));
            ps.setObject(2, java.time.LocalDate.of(BenchDataSet.FIRST_YEAR, 12, 31));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    baseYear.put(rs.getString(1), rs.getDouble(2));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into indicator_target (indicator_code, org_unit_code, kind, period_year, combo, numeric_value, source,
                    version, created_by, created_at, updated_by, updated_at)
                values (?, ?, ?, ?, '', ?, ?, 0, 'benchmark', ?, 'benchmark', ?)""")) {
            for (BenchDataSet.Indicator i : set.indicators()) {
                Double num = baseYear.get(i.numerator());
                Double den = i.percentage() ? baseYear.get(i.denominator()) : Double.valueOf(1);
                if (num == null || den == null || den == 0) {
                    continue;
                }
                double baseline = i.percentage() ? Math.round(num / den * 1000) / 10.0 : num;
                target(ps, i, "BASELINE", BenchDataSet.FIRST_YEAR, baseline, "benchmark generator");
                for (int step = 1; step <= 2; step++) {
                    double sign = i.higherIsBetter() ? 1 : -1;
                    double value = i.percentage() ? Math.max(0, Math.min(100, baseline + sign * 10 * step))
                            : Math.round(baseline * (1 + sign * (i.higherIsBetter() ? 0.25 : 0.2) * step));
                    target(ps, i, "TARGET", step == 1 ? BenchDataSet.QUERY_YEAR : BenchDataSet.LAST_YEAR, value, null);
                }
            }
            ps.executeBatch();
        }
    }

    private static void target(PreparedStatement ps, BenchDataSet.Indicator i, String kind, int year, double value,
            String source) throws SQLException {
        ps.setString(1, i.code());
        ps.setString(2, BenchDataSet.WORLD);
        ps.setString(3, kind);
        ps.setInt(4, year);
        ps.setBigDecimal(5, new java.math.BigDecimal(String.format(Locale.ROOT, "%.1f", value)));
        ps.setString(6, source);
        ps.setTimestamp(7, NOW);
        ps.setTimestamp(8, NOW);
        ps.addBatch();
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int p = 0; p < params.length; p++) {
                ps.setObject(p + 1, params[p]);
            }
            ps.executeUpdate();
        }
    }
}
