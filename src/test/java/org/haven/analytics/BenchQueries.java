package org.haven.analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The four benchmark queries, each as a Haven {@link AnalyticsQuery} and as the SQL a DHIS2-style analytics
 * table answers (the same text for PostgreSQL and DuckDB): sums of numerator and denominator elements per
 * indicator and asked dimension, then value = numerator (counts) or numerator / denominator x 100. Results of
 * all three are normalised to key -> measures so they can be compared.
 */
final class BenchQueries {

    /** One query: its label, Haven's form and the SQL; {@code progress} adds percent of target as a measure. */
    record Query(String label, AnalyticsQuery haven, String sql, boolean progress) {
    }

    private BenchQueries() {
    }

    static List<Query> all(BenchDataSet set) {
        List<String> years = new ArrayList<>();
        for (int y = BenchDataSet.FIRST_YEAR; y <= BenchDataSet.LAST_YEAR; y++) {
            years.add(String.valueOf(y));
        }
        List<String> quarters = new ArrayList<>();
        for (int y = BenchDataSet.QUERY_YEAR - 4; y <= BenchDataSet.QUERY_YEAR; y++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(y + "Q" + q);
            }
        }
        List<BenchDataSet.Indicator> everyIndicator = set.indicators();
        BenchDataSet.Indicator one = set.busiestCount();
        String country = set.busiestCountry();
        String year = String.valueOf(BenchDataSet.QUERY_YEAR);
        List<Query> out = new ArrayList<>();
        out.add(new Query("(1) " + one.code() + ": years x regions x sex",
                AnalyticsQuery.of(List.of(one.code()), List.of("LEVEL-2@" + BenchDataSet.WORLD), years)
                        .by(List.of("SEX")),
                sql(List.of(one), List.of("a.uidlevel2", "a.yearly", "a.sex"),
                        "a.uidlevel1 = '" + BenchDataSet.WORLD + "' and a.yearly in (" + quoted(years) + ")", false),
                false));
        out.add(new Query("(2) all indicators x countries, " + year,
                AnalyticsQuery.of(codes(everyIndicator), List.of("LEVEL-3@" + BenchDataSet.WORLD), List.of(year)),
                sql(everyIndicator, List.of("a.uidlevel3", "a.yearly"),
                        "a.year = " + year + " and a.uidlevel1 = '" + BenchDataSet.WORLD + "'", false),
                false));
        out.add(new Query("(3) " + country + ": indicators x quarters x age",
                AnalyticsQuery.of(codes(everyIndicator), List.of(country), quarters).by(List.of("AGE_CHILD")),
                sql(everyIndicator, List.of("a.uidlevel3", "a.quarterly", "a.age"),
                        "a.uidlevel3 = '" + country + "' and a.year between " + (BenchDataSet.QUERY_YEAR - 4) + " and "
                                + year + " and a.quarterly in (" + quoted(quarters) + ")", false),
                false));
        out.add(new Query("(4) framework indicators, world, " + year + ", progress",
                AnalyticsQuery.of(List.of(), List.of(BenchDataSet.WORLD), List.of(year))
                        .nodes(new LinkedHashSet<>(set.nodes())),
                sql(everyIndicator, List.of("a.uidlevel1", "a.yearly"),
                        "a.year = " + year + " and a.uidlevel1 = '" + BenchDataSet.WORLD + "'", true),
                true));
        return out;
    }

    /**
     * DHIS2 style: the data elements named in {@code dx in (...)}, the org unit and period filters on the level
     * and period-type columns, grouped by the asked dimension columns; indicators computed from the sums.
     */
    private static String sql(List<BenchDataSet.Indicator> indicators, List<String> dims, String filter,
            boolean progress) {
        Set<String> elements = new LinkedHashSet<>();
        indicators.forEach(i -> elements.addAll(i.elements()));
        List<String> keys = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            keys.add(dims.get(d) + " as k" + d);
        }
        String outer = dims.isEmpty() ? "" : ", " + java.util.stream.IntStream.range(0, dims.size())
                .mapToObj(d -> "s.k" + d).collect(Collectors.joining(", "));
        String value = "case when i.percentage then s.num / nullif(s.den, 0) * i.multiplier else s.num end";
        String select = "select s.indicator" + outer + ", " + value + " as value";
        String from = " from (select ie.indicator, " + String.join(", ", keys)
                + ", sum(case when ie.role = 'N' then a.value end) as num"
                + ", sum(case when ie.role = 'D' then a.value end) as den"
                + " from analytics a join bench_indicator_element ie on ie.element = a.dx"
                + " where a.dx in (" + quoted(elements) + ") and ie.indicator in (" + quoted(codes(indicators)) + ")"
                + " and " + filter
                + " group by ie.indicator, " + String.join(", ", dims) + ") s"
                + " join bench_indicator i on i.code = s.indicator";
        if (!progress) {
            return select + from;
        }
        return "select x.*, " + percentOfTarget("x.value") + " as percent_of_target from (" + select
                + ", t.baseline, t.target, i.higher_is_better" + from
                + " left join bench_target t on t.indicator = s.indicator) x";
    }

    /**
     * Percent of the way to the target, as Haven defines it: from the baseline when there is one ((value -
     * baseline) / (target - baseline) x 100); without one value / target x 100, or (2 - value / target) x 100 when
     * lower is better; a zero target (or one equal to the baseline) is 100 when reached, else 0.
     */
    private static String percentOfTarget(String v) {
        String reached = "case when (x.higher_is_better and " + v + " >= x.target) or (not x.higher_is_better and "
                + v + " <= x.target) then 100.0 else 0.0 end";
        return "case when x.target is null or " + v + " is null then null"
                + " when x.baseline is not null and x.baseline <> x.target then (" + v + " - x.baseline) / (x.target"
                + " - x.baseline) * 100"
                + " when x.target = 0 or x.baseline is not null then " + reached
                + " when x.higher_is_better then " + v + " / x.target * 100"
                + " else (2 - " + v + " / x.target) * 100 end";
    }

    private static List<String> codes(List<BenchDataSet.Indicator> indicators) {
        return indicators.stream().map(BenchDataSet.Indicator::code).toList();
    }

    private static String quoted(java.util.Collection<String> codes) {
        return codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
    }

    /** Runs the SQL and returns its rows: key (all columns before value, joined by '|') -> measures. */
    static Map<String, double[]> runSql(Connection c, Query q) throws SQLException {
        Map<String, double[]> out = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(q.sql())) {
            int columns = rs.getMetaData().getColumnCount();
            int valueColumn = valueColumn(rs);
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                for (int col = 1; col < valueColumn; col++) {
                    key.append(col > 1 ? "|" : "").append(rs.getString(col));
                }
                double value = rs.getDouble(valueColumn);
                boolean missing = rs.wasNull();
                double pct = Double.NaN;
                if (q.progress()) {
                    pct = rs.getDouble(columns);
                    pct = rs.wasNull() ? Double.NaN : pct;
                }
                if (!missing) {
                    out.put(key.toString(), q.progress() ? new double[] {value, pct} : new double[] {value});
                }
            }
        }
        return out;
    }

    /** Runs the SQL and reads every column of every row, as a client would; returns the row count. */
    static int consume(Connection c, Query q) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(q.sql())) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int col = 0; col < columns; col++) {
                    row[col] = rs.getObject(col + 1);
                }
                rows.add(row);
            }
        }
        return rows.size();
    }

    private static int valueColumn(ResultSet rs) throws SQLException {
        for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
            if (rs.getMetaData().getColumnLabel(col).equalsIgnoreCase("value")) {
                return col;
            }
        }
        throw new IllegalStateException("no value column");
    }

    /** Haven's rows in the same form: the row's keys joined by '|' -> value (and percent of target). */
    static Map<String, double[]> normalise(AnalyticsResult result, Query q) {
        Map<String, double[]> out = new TreeMap<>();
        for (AnalyticsRow row : result.rows()) {
            if (row.value() == null) {
                continue;
            }
            double pct = row.percentOfTarget() == null ? Double.NaN : row.percentOfTarget();
            out.put(String.join("|", row.keys()),
                    q.progress() ? new double[] {row.value(), pct} : new double[] {row.value()});
        }
        return out;
    }

    /** Null when equal (relative 1e-9), else a short description of the first difference. */
    static String difference(Map<String, double[]> expected, Map<String, double[]> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            Set<String> missing = new TreeMap<>(expected).keySet();
            missing = new LinkedHashSet<>(missing);
            missing.removeAll(actual.keySet());
            Set<String> extra = new LinkedHashSet<>(actual.keySet());
            extra.removeAll(expected.keySet());
            return expected.size() + " vs " + actual.size() + " rows; missing " + first(missing) + ", extra " + first(extra);
        }
        for (Map.Entry<String, double[]> e : expected.entrySet()) {
            double[] a = actual.get(e.getKey());
            for (int i = 0; i < e.getValue().length; i++) {
                if (!close(e.getValue()[i], a[i])) {
                    return e.getKey() + ": " + e.getValue()[i] + " vs " + a[i];
                }
            }
        }
        return null;
    }

    private static boolean close(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.isNaN(x) && Double.isNaN(y);
        }
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }

    private static String first(Set<String> keys) {
        return keys.isEmpty() ? "none" : keys.iterator().next() + (keys.size() > 1 ? " (+" + (keys.size() - 1) + ")" : "");
    }
}
