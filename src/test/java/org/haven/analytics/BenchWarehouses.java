package org.haven.analytics;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.data.Period;

/**
 * The two comparison systems over the same rows. PostgreSQL: a DHIS2-style analytics table built from
 * {@code data_value} the way a DHIS2 analytics run builds it (joins with org-unit, period and category-option
 * structure tables), one wide row per value, partitioned by year, with one B-tree index per dimension column.
 * DuckDB (in-process, in memory): the same wide table built from the generated CSV with the same structure
 * tables, sorted by year and data element. Both get the small indicator, indicator-element and target tables the queries join.
 */
final class BenchWarehouses {

    static final List<String> INDEXED = List.of("dx", "co", "ou", "oulevel", "uidlevel1", "uidlevel2", "uidlevel3",
            "uidlevel4", "monthly", "quarterly", "yearly", "sex", "age");

    private BenchWarehouses() {
    }

    /** Creates and fills the structure and indicator tables in either database (same SQL). */
    static void dimensions(Connection c, BenchDataSet set) throws SQLException {
        exec(c, "create table bench_orgunit_structure (ou varchar(20) primary key, oulevel integer not null, "
                + "uidlevel1 varchar(20), uidlevel2 varchar(20), uidlevel3 varchar(20), uidlevel4 varchar(20))");
        exec(c, "create table bench_period_structure (monthly varchar(7) primary key, quarterly varchar(6) not null, "
                + "yearly varchar(4) not null, year integer not null, pestartdate date not null, peenddate date not null)");
        exec(c, "create table bench_combo_structure (co varchar(400) primary key, sex varchar(40), age varchar(40))");
        exec(c, "create table bench_indicator (code varchar(40) primary key, percentage boolean not null, "
                + "multiplier double precision not null, higher_is_better boolean not null, node varchar(40) not null)");
        exec(c, "create table bench_indicator_element (indicator varchar(40) not null, element varchar(40) not null, "
                + "role varchar(1) not null)");
        List<Object[]> ous = new ArrayList<>();
        ous.add(new Object[] {BenchDataSet.WORLD, 1, BenchDataSet.WORLD, null, null, null});
        for (int r = 0; r < BenchDataSet.REGIONS; r++) {
            ous.add(new Object[] {BenchDataSet.region(r), 2, BenchDataSet.WORLD, BenchDataSet.region(r), null, null});
        }
        for (int k = 0; k < BenchDataSet.COUNTRIES; k++) {
            String region = BenchDataSet.region(BenchDataSet.regionOf(k));
            ous.add(new Object[] {BenchDataSet.country(k), 3, BenchDataSet.WORLD, region, BenchDataSet.country(k), null});
            for (int u = 0; u < BenchDataSet.UNITS_PER_COUNTRY; u++) {
                ous.add(new Object[] {BenchDataSet.unit(k, u), 4, BenchDataSet.WORLD, region, BenchDataSet.country(k),
                        BenchDataSet.unit(k, u)});
            }
        }
        insert(c, "bench_orgunit_structure", ous);
        List<Object[]> periods = new ArrayList<>();
        for (int m = 0; m < BenchDataSet.MONTHS; m++) {
            Period p = BenchDataSet.month(m);
            int year = p.start().getYear();
            periods.add(new Object[] {p.iso(), year + "Q" + ((p.start().getMonthValue() - 1) / 3 + 1),
                    String.valueOf(year), year, java.sql.Date.valueOf(p.start()), java.sql.Date.valueOf(p.end())});
        }
        insert(c, "bench_period_structure", periods);
        List<Object[]> combos = new ArrayList<>();
        for (String sex : BenchDataSet.SEXES) {
            for (String age : BenchDataSet.AGES) {
                combos.add(new Object[] {BenchDataSet.combo(sex, age), sex, age});
            }
        }
        insert(c, "bench_combo_structure", combos);
        List<Object[]> indicators = new ArrayList<>();
        List<Object[]> elements = new ArrayList<>();
        for (BenchDataSet.Indicator i : set.indicators()) {
            indicators.add(new Object[] {i.code(), i.percentage(), i.percentage() ? 100.0 : 1.0, i.higherIsBetter(),
                    i.node()});
            elements.add(new Object[] {i.code(), i.numerator(), "N"});
            if (i.percentage()) {
                elements.add(new Object[] {i.code(), i.denominator(), "D"});
            }
        }
        insert(c, "bench_indicator", indicators);
        insert(c, "bench_indicator_element", elements);
    }

    /** Copies the world-level baseline and target of {@link BenchDataSet#QUERY_YEAR} from Haven's targets. */
    static List<Object[]> targets(Connection haven) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = haven.prepareStatement("""
                select t.indicator_code, b.numeric_value, t.numeric_value from indicator_target t
                left join indicator_target b on b.indicator_code = t.indicator_code and b.org_unit_code = t.org_unit_code
                    and b.kind = 'BASELINE' and b.combo = ''
                where t.kind = 'TARGET' and t.org_unit_code = ? and t.period_year = ? and t.combo = ''
                  and t.indicator_code like 'BI%'""")) {
            ps.setString(1, BenchDataSet.WORLD);
            ps.setInt(2, BenchDataSet.QUERY_YEAR);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Object[] {rs.getString(1), rs.getDouble(2), rs.getDouble(3)});
                }
            }
        }
        return out;
    }

    static void targets(Connection c, List<Object[]> rows) throws SQLException {
        exec(c, "create table bench_target (indicator varchar(40) primary key, baseline double precision, "
                + "target double precision not null)");
        insert(c, "bench_target", rows);
    }

    private static final String COLUMNS = "dx varchar(40) not null, co varchar(400) not null, ou varchar(20) not null, "
            + "oulevel integer not null, uidlevel1 varchar(20), uidlevel2 varchar(20), uidlevel3 varchar(20), "
            + "uidlevel4 varchar(20), monthly varchar(7) not null, quarterly varchar(6) not null, "
            + "yearly varchar(4) not null, year integer not null, pestartdate date not null, peenddate date not null, "
            + "sex varchar(40), age varchar(40), value double precision not null";

    private static final String SELECT = "select v.dx, v.co, v.ou, o.oulevel, o.uidlevel1, o.uidlevel2, o.uidlevel3, "
            + "o.uidlevel4, p.monthly, p.quarterly, p.yearly, p.year, p.pestartdate, p.peenddate, c.sex, c.age, v.value ";

    private static final String JOINS = "join bench_orgunit_structure o on o.ou = v.ou "
            + "join bench_period_structure p on p.monthly = v.pe join bench_combo_structure c on c.co = v.co";

    /** Builds the DHIS2-style table in PostgreSQL from data_value; returns its row count. */
    static long postgres(Connection c) throws SQLException {
        exec(c, "create table analytics (" + COLUMNS + ") partition by list (year)");
        for (int y = BenchDataSet.FIRST_YEAR; y <= BenchDataSet.LAST_YEAR; y++) {
            exec(c, "create table analytics_" + y + " partition of analytics for values in (" + y + ")");
        }
        exec(c, "insert into analytics " + SELECT + "from (select data_element_code as dx, org_unit_code as ou, "
                + "period as pe, combo as co, cast(numeric_value as double precision) as value from data_value "
                + "where data_element_code like 'BE%' and period_type = 'MONTHLY') v " + JOINS);
        for (String column : INDEXED) {
            exec(c, "create index in_analytics_" + column + " on analytics using btree (" + column + ")");
        }
        exec(c, "analyze analytics");
        return count(c);
    }

    /**
     * Builds the same table in DuckDB from the generated CSV, sorted by year and data element so DuckDB's zone maps
     * (min/max per row group) skip what a year or element filter excludes, as one would load it; returns its row
     * count.
     */
    static long duckdb(Connection c, Path csv) throws SQLException {
        String file = csv.toAbsolutePath().toString().replace("'", "''");
        exec(c, "create table analytics as " + SELECT + "from read_csv('" + file + "', header = false, delim = ',', "
                + "columns = {'dx': 'VARCHAR', 'ou': 'VARCHAR', 'pe': 'VARCHAR', 'co': 'VARCHAR', 'value': 'DOUBLE'}) v "
                + JOINS + " order by p.year, v.dx");
        return count(c);
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from analytics")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?"));
        try (PreparedStatement ps = c.prepareStatement(
                String.format(Locale.ROOT, "insert into %s values (%s)", table, marks))) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
