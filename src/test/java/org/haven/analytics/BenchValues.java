package org.haven.analytics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;

import org.haven.data.Period;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Generates the benchmark's values and streams them with PostgreSQL COPY into Haven's {@code data_value} table (the
 * table Haven's services and engine read), writing the same rows to a small CSV ({@code dx,ou,pe,co,value}) that
 * DuckDB loads. Values are plausible monthly counts: a unit's child population x an element's rate x a sex and age
 * share x the country's reporting factor x a yearly trend x seasonality, with 15% noise; the numerator of a
 * percentage is a share of its denominator that drifts by year. Deterministic (seed 42).
 */
final class BenchValues {

    private static final double[] AGE_SHARE = {0.29, 0.28, 0.27, 0.16};
    private static final int FLUSH_BYTES = 1 << 20;

    private BenchValues() {
    }

    /** Writes every value; returns the number written. Foreign-key triggers are off for the COPY (rows are valid). */
    static long write(Connection c, BenchDataSet set, Path csv) throws SQLException, IOException {
        Model m = new Model(set);
        List<BenchDataSet.Assignment> assignments = set.assignments();
        long written = 0;
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
        }
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy data_value (data_element_code, org_unit_code, period, period_type, period_start, period_end, combo,
                    partner_code, numeric_value, source, stored_by, stored_at, version, demo) from stdin""");
        StringBuilder pg = new StringBuilder(FLUSH_BYTES + 4096);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int month = 0; month < BenchDataSet.MONTHS; month++) {
                Period period = BenchDataSet.month(month);
                String pgTail = "\tMONTHLY\t" + period.start() + "\t" + period.end() + "\t";
                int year = month / 12;
                for (BenchDataSet.Assignment a : assignments) {
                    BenchDataSet.Indicator indicator = set.indicators().get(a.group());
                    for (int u = 0; u < BenchDataSet.UNITS_PER_COUNTRY; u++) {
                        String unit = BenchDataSet.unit(a.country(), u);
                        for (int s = 0; s < BenchDataSet.SEXES.size(); s++) {
                            for (int g = 0; g < BenchDataSet.AGES.size(); g++) {
                                String combo = BenchDataSet.combo(BenchDataSet.SEXES.get(s), BenchDataSet.AGES.get(g));
                                String first = indicator.elements().get(0);
                                long v = m.count(first, a.country(), u, s, g, month);
                                append(pg, out, first, unit, period.iso(), pgTail, combo, v);
                                written++;
                                if (indicator.percentage()) {
                                    long num = m.share(a.group(), v, year);
                                    append(pg, out, indicator.numerator(), unit, period.iso(), pgTail, combo, num);
                                    written++;
                                }
                            }
                        }
                    }
                    if (pg.length() >= FLUSH_BYTES) {
                        flush(copy, pg);
                    }
                }
            }
            flush(copy, pg);
            copy.endCopy();
        } catch (SQLException | IOException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = origin");
            st.execute("analyze data_value");
        }
        return written;
    }

    private static void append(StringBuilder pg, BufferedWriter csv, String element, String unit, String period,
            String pgTail, String combo, long value) throws IOException {
        pg.append(element).append('\t').append(unit).append('\t').append(period).append(pgTail).append(combo)
                .append("\t\t").append(value).append("\tIMPORT\tbenchmark\t2026-01-01 00:00:00+00\t0\tf\n");
        csv.write(element);
        csv.write(',');
        csv.write(unit);
        csv.write(',');
        csv.write(period);
        csv.write(',');
        csv.write(combo);
        csv.write(',');
        csv.write(Long.toString(value));
        csv.write('\n');
    }

    private static void flush(CopyIn copy, StringBuilder pg) throws SQLException {
        byte[] bytes = pg.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        pg.setLength(0);
    }

    /** The fixed parameters of the synthetic population and programmes. */
    private static final class Model {

        private final SplittableRandom noise = new SplittableRandom(42);
        private final double[][] population = new double[BenchDataSet.COUNTRIES][BenchDataSet.UNITS_PER_COUNTRY];
        private final double[] countryFactor = new double[BenchDataSet.COUNTRIES];
        private final java.util.Map<String, double[]> element = new java.util.HashMap<>();
        private final double[][] share = new double[BenchDataSet.GROUPS][2];

        Model(BenchDataSet set) {
            SplittableRandom r = new SplittableRandom(7);
            for (int k = 0; k < BenchDataSet.COUNTRIES; k++) {
                countryFactor[k] = 0.5 + r.nextDouble();
                for (int u = 0; u < BenchDataSet.UNITS_PER_COUNTRY; u++) {
                    population[k][u] = Math.exp(Math.log(200_000) + 0.7 * gaussian(r));
                }
            }
            for (BenchDataSet.Indicator i : set.indicators()) {
                for (String e : i.elements()) {
                    // rate per 1,000 children a month, girls' factor, yearly growth, seasonal phase
                    element.put(e, new double[] {Math.exp(0.8 * gaussian(r)), 0.8 + 0.4 * r.nextDouble(),
                            -0.04 + 0.1 * r.nextDouble(), r.nextDouble() * 12});
                }
            }
            for (int g = 0; g < BenchDataSet.GROUPS; g++) {
                share[g][0] = 0.3 + 0.5 * r.nextDouble();
                share[g][1] = -0.01 + 0.03 * r.nextDouble();
            }
        }

        long count(String code, int country, int unit, int sex, int age, int month) {
            double[] e = element.get(code);
            double sexShare = sex == 0 ? 0.5 * e[1] : 0.5 * (2 - e[1]);
            double season = 1 + 0.15 * Math.sin(2 * Math.PI * ((month % 12) + e[3]) / 12);
            double expected = population[country][unit] * sexShare * AGE_SHARE[age] * e[0] / 1000
                    * countryFactor[country] * Math.pow(1 + e[2], month / 12) * season;
            return Math.max(0, Math.round(expected * (1 + 0.15 * gaussian(noise))));
        }

        long share(int group, long denominator, int year) {
            double p = Math.max(0.02, Math.min(0.98, share[group][0] + share[group][1] * year));
            return Math.min(denominator, Math.max(0, Math.round(denominator * p * (1 + 0.05 * gaussian(noise)))));
        }

        private static double gaussian(SplittableRandom r) {
            return r.nextGaussian();
        }
    }
}
