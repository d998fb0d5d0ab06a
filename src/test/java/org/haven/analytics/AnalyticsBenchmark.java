package org.haven.analytics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.haven.HavenApplication;
import org.haven.testsupport.TestDatabase;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Analytics benchmark of issue 4 (not a test): generates {@link BenchDataSet} (about 10 million values by default)
 * into Haven's tables on an embedded PostgreSQL, builds a DHIS2-style analytics table in that PostgreSQL and the
 * same wide table in an in-process DuckDB, starts Haven (its engine loads the values the normal way), checks that
 * the three systems return the same numbers for the four queries, times them (p50 after warm-up), measures
 * freshness (a write through DataValueService until a query sees it) and the engine's heap. Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.haven.analytics.AnalyticsBenchmark
 * -Dbench.values=10000000 -Dbench.heap=4g} (see README, "Benchmarks").
 */
public final class AnalyticsBenchmark {

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long wanted = Long.getLong("bench.values", 10_000_000L);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path work = Files.createTempDirectory("haven-analytics-bench-");
        int status;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("pgdata"))
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("effective_cache_size", "4GB")
                .setServerConfig("random_page_cost", "1.1")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("jit", "off")
                .start()) {
            status = new AnalyticsBenchmark.Run(pg, work, wanted).run();
        } finally {
            deleteTree(work);
        }
        System.exit(status);
    }

    /** One benchmark run and its measurements. */
    private static final class Run {

        private final EmbeddedPostgres pg;
        private final Path work;
        private final BenchDataSet set;
        private final int warmup = Integer.getInteger("bench.warmup", 3);
        private final int reps = Integer.getInteger("bench.reps", 15);

        Run(EmbeddedPostgres pg, Path work, long wanted) {
            this.pg = pg;
            this.work = work;
            this.set = new BenchDataSet(wanted);
        }

        int run() throws Exception {
            line("Analytics benchmark: %,d values planned, %d cores, JVM max heap %,d MB, warm-up >= %d runs and >= 2 s, then %d timed runs",
                    set.values(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, warmup, reps);
            long t0 = System.nanoTime();
            ConfigurableApplicationContext first = start();
            double firstStart = seconds(t0);
            long springHeap = BenchMemory.heapAfterGc();
            Path csv = work.resolve("values.csv");
            long written;
            t0 = System.nanoTime();
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                BenchRegistry.writeStructure(c, set);
                written = BenchValues.write(c, set, csv);
                BenchRegistry.writeTargets(c, set);
            } finally {
                first.close();
            }
            line("generated %,d values into data_value with COPY in %.1f s (%d countries x %d units, %d elements, "
                    + "%d months, %d sex x age; %d of %d country x programme pairs)", written, seconds(t0),
                    BenchDataSet.COUNTRIES, BenchDataSet.UNITS_PER_COUNTRY, set.elementCount(), BenchDataSet.MONTHS,
                    BenchDataSet.COMBOS, set.assignments().size(), BenchDataSet.COUNTRIES * BenchDataSet.GROUPS);
            try (Connection postgres = pg.getPostgresDatabase().getConnection();
                 Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
                List<Object[]> targets = BenchWarehouses.targets(postgres);
                t0 = System.nanoTime();
                BenchWarehouses.dimensions(postgres, set);
                BenchWarehouses.targets(postgres, targets);
                long pgRows = BenchWarehouses.postgres(postgres);
                line("PostgreSQL: DHIS2-style analytics table (15 yearly partitions, %d B-tree indexes each) built from "
                        + "data_value in %.1f s, %,d rows", BenchWarehouses.INDEXED.size(), seconds(t0), pgRows);
                BenchWarehouses.exec(duck, "set threads = " + Runtime.getRuntime().availableProcessors());
                t0 = System.nanoTime();
                BenchWarehouses.dimensions(duck, set);
                BenchWarehouses.targets(duck, targets);
                long duckRows = BenchWarehouses.duckdb(duck, csv);
                line("DuckDB: the same wide table loaded from the CSV in %.1f s, %,d rows", seconds(t0), duckRows);
                Files.delete(csv);
                return measure(postgres, duck, springHeap, firstStart);
            }
        }

        private int measure(Connection postgres, Connection duck, long springHeap, double firstStart) throws Exception {
            long t0 = System.nanoTime();
            ConfigurableApplicationContext app = start();
            try {
                Analytics haven = app.getBeanProvider(Analytics.class).getIfAvailable();
                List<BenchQueries.Query> queries = BenchQueries.all(set);
                if (haven != null) {
                    haven.query(queries.get(3).haven());
                }
                double start = seconds(t0);
                long engineHeap = BenchMemory.heapAfterGc() - springHeap;
                if (haven == null) {
                    line("Haven: no Analytics bean in this build; comparing DuckDB and PostgreSQL only");
                } else {
                    LoadStats load = app.getBean(AnalyticsLoader.class).stats();
                    line("Haven: start with the engine loaded (first query answered) %.1f s (start on the empty "
                            + "database: %.1f s); engine load %,d values in %.1f s, its own estimate of the value "
                            + "columns %,d MB; heap used after GC %,d MB more than with Haven started on the empty database (%,d MB)",
                            start, firstStart, load.values(), load.millis() / 1000.0, load.bytes() >> 20,
                            engineHeap >> 20, springHeap >> 20);
                }
                line("system load average (1 min) before the timings: %.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                boolean same = true;
                long postmaster = BenchCpu.postmaster(postgres);
                BenchTable table = new BenchTable(haven != null);
                for (BenchQueries.Query q : queries) {
                    Map<String, double[]> inPostgres = BenchQueries.runSql(postgres, q);
                    Map<String, double[]> inDuck = BenchQueries.runSql(duck, q);
                    String check = BenchQueries.difference(inPostgres, inDuck);
                    check = check == null ? null : "DuckDB differs from PostgreSQL: " + check;
                    if (check == null && haven != null) {
                        String h = BenchQueries.difference(inPostgres, BenchQueries.normalise(haven.query(q.haven()), q));
                        check = h == null ? null : "Haven differs from PostgreSQL: " + h;
                    }
                    same &= check == null;
                    BenchMemory.Timing havenMs = haven == null ? new BenchMemory.Timing(Double.NaN, Double.NaN)
                            : BenchMemory.time(() -> haven.query(q.haven()).rows().size(), BenchCpu::jvm, warmup, reps);
                    BenchMemory.Timing duckMs = BenchMemory.time(() -> BenchQueries.consume(duck, q), BenchCpu::jvm,
                            warmup, reps);
                    BenchMemory.Timing pgMs = BenchMemory.time(() -> BenchQueries.consume(postgres, q),
                            () -> BenchCpu.postgresAndJvm(postmaster), warmup, reps);
                    table.add(q.label(), inPostgres.size(), havenMs, duckMs, pgMs, check);
                }
                table.lines().forEach(System.out::println);
                line("system load average (1 min) at the end of the timings: %.1f on %d cores",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                if (haven != null && Boolean.getBoolean("bench.profile")) {
                    BenchProfile.profile(haven, queries);
                }
                if (haven != null) {
                    System.out.println(BenchFreshness.measure(app, haven, set, postgres));
                    line("engine heap for %,d values: %,d MB (goal <= 1,536 MB: %s)",
                            set.values(), engineHeap >> 20, (engineHeap >> 20) <= 1536 ? "met" : "NOT met");
                }
                System.out.println(same ? "check: the systems return the same numbers for every query"
                        : "check FAILED: the systems disagree (see the table); timings are not comparable");
                return same ? 0 : 1;
            } finally {
                app.close();
            }
        }

        private ConfigurableApplicationContext start() {
            SpringApplication app = new SpringApplication(HavenApplication.class);
            app.setInitializers(app.getInitializers().stream().filter(i -> !(i instanceof TestDatabase)).toList());
            ConfigurableApplicationContext ctx = app.run("--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--HAVEN_ADMIN_PASSWORD=benchmark-password", "--haven.demo.enabled=false", "--server.port=0",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN");
            HavenUser admin = new HavenUser(1, "admin", "Benchmark", "x", true, Set.of(Role.ADMIN), Set.of(), null);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
            return ctx;
        }

        private void line(String format, Object... args) {
            System.out.println(String.format(Locale.ROOT, format, args));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
