package org.haven.analytics;

import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

import org.haven.HavenApplication;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load check of the engine (not a test, not the benchmark): fills an embedded PostgreSQL with a synthetic
 * data set (195 countries x 10 subnational units, 60 elements by sex x 4 age bands, monthly 2016-2030, about
 * 10 million values by default) with COPY, reloads the engine, prints load time and heap, then the median time of
 * four query shapes. Run: {@code java -Xmx2g -cp <test classpath> org.haven.analytics.EngineLoadCheck [values]}.
 */
public final class EngineLoadCheck {

    private static final int ELEMENTS = 60;
    private static final String[] SEXES = {"F", "M"};
    private static final String[] AGES = {"Y0T4", "Y5T9", "Y10T14", "Y15T17"};

    private EngineLoadCheck() {
    }

    public static void main(String[] args) throws Exception {
        long wanted = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        System.setProperty("haven.test.db", "postgres");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(HavenApplication.class)
                .properties("server.port=0", "HAVEN_ADMIN_PASSWORD=benchmark-password", "haven.demo.enabled=false",
                        "logging.level.root=WARN", "logging.level.org.haven.analytics=INFO")
                .run();
        try {
            run(app, wanted);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext app, long wanted) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> units = subnationalUnits(app, jdbc);
        List<String> elements = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (int e = 0; e < ELEMENTS; e++) {
            String el = String.format(Locale.ROOT, "LC_E%02d", e);
            String ind = String.format(Locale.ROOT, "LC-%02d", e);
            jdbc.sql("""
                    insert into data_element (code, name, value_type, aggregation_org, aggregation_time, version, created_at, updated_at)
                    values (:c, :c, 'INTEGER', 'SUM', 'SUM', 0, current_timestamp, current_timestamp)""").param("c", el).update();
            jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, 'SEX', 0)").param("e", el).update();
            jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, 'AGE_CHILD', 1)").param("e", el).update();
            jdbc.sql("""
                    insert into indicator (code, name, type, decimals, direction, aggregation_org, aggregation_time, frequency,
                        numerator, multiplier, version, created_at, updated_at)
                    values (:c, :c, 'COUNT', 0, 'HIGHER_IS_BETTER', 'SUM', 'SUM', 'MONTHLY', :n, 1, 0, current_timestamp, current_timestamp)""")
                    .param("c", ind).param("n", "#{" + el + "}").update();
            jdbc.sql("insert into indicator_node (indicator_code, node_code) values (:i, 'SO1')").param("i", ind).update();
            jdbc.sql("""
                    insert into indicator_target (indicator_code, org_unit_code, kind, period_year, combo, numeric_value, version,
                        created_by, created_at, updated_by, updated_at)
                    values (:i, '001', 'TARGET', 2024, '', 5000000, 0, 'bench', current_timestamp, 'bench', current_timestamp)""")
                    .param("i", ind).update();
            elements.add(el);
            indicators.add(ind);
        }
        long written = copyValues(app, elements, units, wanted);
        AnalyticsLoader loader = app.getBean(AnalyticsLoader.class);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        LoadStats stats = loader.reloadAll();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "loaded %,d values (%,d written) of %d elements in %,d ms; value columns %,d MB; "
                + "heap after GC %,d MB (+%,d MB)%n", stats.values(), written, stats.dataElements(), stats.millis(),
                stats.bytes() >> 20, after >> 20, (after - before) >> 20);
        Analytics analytics = app.getBean(Analytics.class);
        List<String> years = new ArrayList<>();
        for (int y = 2016; y <= 2030; y++) {
            years.add(String.valueOf(y));
        }
        List<String> quarters = new ArrayList<>();
        for (int y = 2016; y <= 2030; y++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(y + "Q" + q);
            }
        }
        time("1 one indicator, years x regions x sex", analytics,
                AnalyticsQuery.of(List.of(indicators.get(0)), List.of("LEVEL-2"), years).by(List.of("SEX")));
        time("2 all indicators x countries, one year", analytics,
                AnalyticsQuery.of(indicators, List.of("TYPE-COUNTRY"), List.of("2024")));
        time("3 one country, indicators x quarters x age", analytics,
                AnalyticsQuery.of(indicators, List.of("KEN"), quarters).by(List.of("AGE_CHILD")));
        time("4 framework indicators at world level vs target", analytics,
                AnalyticsQuery.of(List.of(), List.of("001"), List.of("2024")).nodes(Set.of("SO1")));
    }

    private static void time(String name, Analytics analytics, AnalyticsQuery q) {
        int rows = 0;
        for (int i = 0; i < 5; i++) {
            rows = analytics.query(q).rows().size();
        }
        long[] t = new long[21];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            analytics.query(q);
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%-50s %6d rows  p50 %7.2f ms  min %7.2f ms  max %7.2f ms%n", name, rows,
                t[t.length / 2] / 1e6, t[0] / 1e6, t[t.length - 1] / 1e6);
    }

    private static List<String> subnationalUnits(ConfigurableApplicationContext app, JdbcClient jdbc) {
        List<OrgUnit> countries = app.getBean(OrgUnitDirectory.class).countries().stream().limit(195).toList();
        List<String> out = new ArrayList<>();
        for (OrgUnit c : countries) {
            for (int i = 1; i <= 10; i++) {
                String code = c.code() + "-S" + i;
                jdbc.sql("""
                        insert into org_unit (code, name, type, level, parent_code, path)
                        values (:c, :n, 'SUBNATIONAL', :l, :p, :path)""").param("c", code).param("n", c.name() + " " + i)
                        .param("l", c.level() + 1).param("p", c.code()).param("path", c.path() + "/" + code).update();
                out.add(code);
            }
        }
        return out;
    }

    private static long copyValues(ConfigurableApplicationContext app, List<String> elements, List<String> units,
            long wanted) throws Exception {
        int months = 180;
        long cells = (long) elements.size() * units.size() * months * SEXES.length * AGES.length;
        int every = (int) Math.max(1, cells / wanted);
        String now = OffsetDateTime.now().toString();
        long written = 0;
        try (Connection c = app.getBean(DataSource.class).getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int e = 0; e < elements.size(); e++) {
                StringBuilder sb = new StringBuilder(1 << 20);
                for (int u = 0; u < units.size(); u++) {
                    for (int m = 0; m < months; m++) {
                        if ((e * 7 + u * 13 + m) % every != 0) {
                            continue;
                        }
                        LocalDate start = LocalDate.of(2016, 1, 1).plusMonths(m);
                        String period = String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
                        for (String sex : SEXES) {
                            for (String age : AGES) {
                                sb.append(elements.get(e)).append(',').append(units.get(u)).append(',').append(period)
                                        .append(",MONTHLY,").append(start).append(',')
                                        .append(start.plusMonths(1).minusDays(1)).append(",AGE_CHILD:").append(age)
                                        .append(";SEX:").append(sex).append(",\"\",").append((e + u + m) % 97 + 1)
                                        .append(",IMPORT,bench,").append(now).append('\n');
                                written++;
                            }
                        }
                    }
                    if (sb.length() > 8 << 20) {
                        flush(copy, sb);
                    }
                }
                flush(copy, sb);
            }
        }
        return written;
    }

    private static void flush(CopyManager copy, StringBuilder sb) throws Exception {
        try (Reader r = new StringReader(sb.toString())) {
            copy.copyIn("copy data_value (data_element_code, org_unit_code, period, period_type, period_start, period_end,"
                    + " combo, partner_code, numeric_value, source, stored_by, stored_at) from stdin (format csv)", r);
        }
        sb.setLength(0);
    }
}
