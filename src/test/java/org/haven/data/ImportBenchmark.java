package org.haven.data;

import java.io.BufferedWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.haven.HavenApplication;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.OptionDefinition;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import benchmark (not a test): generates a long-layout CSV of N rows (default 1,000,000) for the shipped data
 * sets, imports it (dry run, then commit in one transaction) through {@link ImportService} into an embedded
 * PostgreSQL, then loads the same file with PostgreSQL COPY into a plain table, and prints rows/s of both, their
 * ratio and the peak heap. Run with {@code mvn -q -Pbench test-compile exec:exec} (see README, "Benchmarks").
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.setProperty("haven.test.db", "postgres");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(HavenApplication.class)
                .properties("server.port=0", "HAVEN_ADMIN_PASSWORD=benchmark-password", "haven.demo.enabled=false",
                        "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
                        "logging.level.root=WARN")
                .run();
        int status = 0;
        try {
            status = run(app, rows);
        } finally {
            app.close();
        }
        System.exit(status);
    }

    private static int run(ConfigurableApplicationContext app, int rows) throws Exception {
        HavenUser admin = new HavenUser(1, "admin", "Benchmark", "x", true, Set.of(Role.ADMIN), Set.of(), null);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        Path csv = Files.createTempFile("haven-bench-", ".csv");
        try {
            List<String> categories = generate(app, csv, rows);
            System.out.printf(Locale.ROOT, "generated %,d rows (%,d MB) for the shipped data sets%n", rows,
                    Files.size(csv) >> 20);
            ImportService imports = app.getBean(ImportService.class);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            ImportService.Progress quiet = (r, f) -> { };
            long t0 = System.nanoTime();
            ImportSummary dry = imports.dryRun(csv, ImportFormat.CSV, ValueSource.IMPORT, Locale.ENGLISH, quiet);
            long t1 = System.nanoTime();
            if (!dry.clean()) {
                System.out.println("dry run rejected rows, first: " + dry.rejectedRows().get(0));
                return 1;
            }
            ImportSummary committed = imports.commit(csv, ImportFormat.CSV, ValueSource.IMPORT, Locale.ENGLISH, quiet);
            long t2 = System.nanoTime();
            sampler.interrupt();
            if (!committed.clean() || committed.created() + committed.updated() + committed.unchanged() != rows) {
                System.out.println("commit did not store every row: " + committed);
                return 1;
            }
            double copySeconds = copy(app.getBean(DataSource.class), csv, categories, false, false);
            double indexedSeconds = copy(app.getBean(DataSource.class), csv, categories, true, false);
            double keyedSeconds = copy(app.getBean(DataSource.class), csv, categories, true, true);
            double dryS = (t1 - t0) / 1e9;
            double commitS = (t2 - t1) / 1e9;
            double importRate = rows / (dryS + commitS);
            double copyRate = rows / copySeconds;
            System.out.printf(Locale.ROOT, "import dry run : %8.1f s  %,10.0f rows/s (%,d new, %,d updated)%n", dryS,
                    rows / dryS, dry.created(), dry.updated());
            System.out.printf(Locale.ROOT, "import commit  : %8.1f s  %,10.0f rows/s (%,d stored)%n", commitS,
                    rows / commitS, committed.created() + committed.updated());
            System.out.printf(Locale.ROOT, "import total   : %8.1f s  %,10.0f rows/s%n", dryS + commitS, importRate);
            System.out.printf(Locale.ROOT, "COPY           : %8.1f s  %,10.0f rows/s%n", copySeconds, copyRate);
            System.out.printf(Locale.ROOT, "COPY, indexed  : %8.1f s  %,10.0f rows/s (same file into a table with "
                    + "data_value's unique cell key and indexes)%n", indexedSeconds, rows / indexedSeconds);
            System.out.printf(Locale.ROOT, "COPY, keyed    : %8.1f s  %,10.0f rows/s (same file into a table with "
                    + "data_value's foreign keys, unique cell key and indexes)%n", keyedSeconds, rows / keyedSeconds);
            System.out.printf(Locale.ROOT, "ratio import/COPY: %.3f (goal >= 0.5)%n", importRate / copyRate);
            System.out.printf(Locale.ROOT, "ratio keyed COPY/COPY: %.3f (the ceiling of any import that keeps "
                    + "data_value's keys)%n", copySeconds / keyedSeconds);
            System.out.printf(Locale.ROOT, "peak heap used during import: %,d MB (max heap %,d MB)%n", peak.get() >> 20,
                    memory.getHeapMemoryUsage().getMax() >> 20);
            return 0;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** Writes N distinct keys: data set x element x option combination x country x period, valid values. */
    private static List<String> generate(ConfigurableApplicationContext app, Path csv, int rows) throws Exception {
        DataSetCatalog sets = app.getBean(DataSetCatalog.class);
        DataElementCatalog elements = app.getBean(DataElementCatalog.class);
        List<OrgUnit> countries = app.getBean(OrgUnitDirectory.class).countries();
        List<ElementDefinition> defs = new ArrayList<>();
        Map<String, List<Period>> periods = new LinkedHashMap<>();
        for (DataSet set : sets.all()) {
            Period from = Period.parse(set.periodType() == PeriodType.QUARTERLY ? "2001Q1" : "2001");
            Period to = Period.parse(set.periodType() == PeriodType.QUARTERLY ? "2025Q4" : "2025");
            for (String code : set.dataElements()) {
                elements.element(code).ifPresent(e -> {
                    if (!periods.containsKey(e.code())) {
                        defs.add(e);
                        periods.put(e.code(), Period.range(set.periodType(), from, to));
                    }
                });
            }
        }
        TreeSet<String> categoryCodes = new TreeSet<>();
        defs.forEach(d -> d.categories().forEach(c -> categoryCodes.add(c.code())));
        List<String> categories = List.copyOf(categoryCodes);
        Random random = new Random(42);
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(String.join(",", ImportColumns.header(categories, false).subList(0, 3 + categories.size())));
            out.write(",value,comment\n");
            // round-robin over elements so the file mixes element types and categories, as a real export would
            List<java.util.Iterator<String>> keys = new ArrayList<>();
            for (ElementDefinition d : defs) {
                keys.add(keys(d, categories, countries, periods.get(d.code())).iterator());
            }
            while (written < rows) {
                boolean any = false;
                for (int i = 0; i < defs.size() && written < rows; i++) {
                    if (!keys.get(i).hasNext()) {
                        continue;
                    }
                    any = true;
                    out.write(keys.get(i).next());
                    out.write(',');
                    out.write(value(defs.get(i), random));
                    out.write(",\n");
                    written++;
                }
                if (!any) {
                    throw new IllegalStateException("only " + written + " distinct keys available");
                }
            }
        }
        return categories;
    }

    private static Iterable<String> keys(ElementDefinition d, List<String> categories, List<OrgUnit> countries,
            List<Period> periods) {
        List<String> combos = new ArrayList<>();
        combos.add("");
        List<Map<String, String>> maps = new ArrayList<>();
        maps.add(new LinkedHashMap<>());
        for (CategoryDefinition c : d.categories()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> m : maps) {
                for (OptionDefinition o : c.options()) {
                    Map<String, String> n = new LinkedHashMap<>(m);
                    n.put(c.code(), o.code());
                    next.add(n);
                }
            }
            maps = next;
        }
        combos.clear();
        for (Map<String, String> m : maps) {
            StringBuilder b = new StringBuilder();
            for (String c : categories) {
                b.append(',').append(m.getOrDefault(c, ""));
            }
            combos.add(b.toString());
        }
        return () -> new java.util.Iterator<>() {
            private int p;
            private int o;
            private int c;

            @Override
            public boolean hasNext() {
                return c < combos.size();
            }

            @Override
            public String next() {
                String key = d.code() + ',' + countries.get(o).code() + ',' + periods.get(p).iso() + combos.get(c);
                if (++p == periods.size()) {
                    p = 0;
                    if (++o == countries.size()) {
                        o = 0;
                        c++;
                    }
                }
                return key;
            }
        };
    }

    private static String value(ElementDefinition d, Random random) {
        return switch (d.valueType()) {
            case BOOLEAN -> String.valueOf(random.nextInt(2));
            case MILESTONE -> String.valueOf(random.nextInt(Math.max(1, d.milestoneStages().size())));
            case NUMBER -> random.nextInt(100_000) + "." + random.nextInt(10);
            default -> String.valueOf(random.nextInt(100_000));
        };
    }

    /**
     * COPY of the same file into a plain table with the same columns; {@code indexed} adds data_value's unique cell
     * key and its two indexes, {@code keyed} also its foreign keys to data_element and org_unit. Returns seconds.
     */
    private static double copy(DataSource dataSource, Path csv, List<String> categories, boolean indexed,
            boolean keyed) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            StringBuilder ddl = new StringBuilder("create table bench_copy (data_element_code varchar(40), "
                    + "org_unit_code varchar(20), period varchar(20)");
            for (String cat : categories) {
                ddl.append(", \"").append(cat.toLowerCase(Locale.ROOT)).append("\" varchar(40)");
            }
            ddl.append(", numeric_value numeric(20, 6), comment varchar(2000))");
            c.createStatement().execute("drop table if exists bench_copy");
            c.createStatement().execute(ddl.toString());
            StringBuilder columns = new StringBuilder("data_element_code, org_unit_code, period");
            for (String cat : categories) {
                columns.append(", \"").append(cat.toLowerCase(Locale.ROOT)).append('"');
            }
            columns.append(", numeric_value, comment");
            if (indexed) {
                StringBuilder key = new StringBuilder("data_element_code, org_unit_code, period");
                for (String cat : categories) {
                    key.append(", \"").append(cat.toLowerCase(Locale.ROOT)).append('"');
                }
                List<String> ddls = new ArrayList<>(List.of(
                        "alter table bench_copy add column id bigint generated by default as identity primary key"));
                if (keyed) {
                    ddls.add("alter table bench_copy add foreign key (data_element_code) references data_element (code)");
                    ddls.add("alter table bench_copy add foreign key (org_unit_code) references org_unit (code)");
                }
                ddls.addAll(List.of(
                        "alter table bench_copy add constraint bench_copy_key unique nulls not distinct (" + key + ")",
                        "create index bench_copy_element_period on bench_copy (data_element_code, period)",
                        "create index bench_copy_org_unit on bench_copy (org_unit_code, period)"));
                for (String sql : ddls) {
                    c.createStatement().execute(sql);
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                copy.copyIn("copy bench_copy (" + columns + ") from stdin with (format csv, header true)", in);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            c.createStatement().execute("drop table bench_copy");
            return seconds;
        }
    }
}
