package org.haven.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.haven.data.ValueFeed;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.IndicatorTarget;
import org.haven.indicator.OptionDefinition;
import org.haven.indicator.RegistrySnapshot;
import org.haven.indicator.TargetKind;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;

/**
 * Speed check of the engine alone, without a database or Spring (not a test, not the issue's benchmark): generates
 * a synthetic data set in memory (World, 8 regions, 195 countries x 10 subnational units, 60 elements by sex x
 * 4 age bands, monthly 2016-2030, about 10.5 million values), loads it and prints the median time of four query
 * shapes. Run: {@code java -Xmx2g -cp <test classpath> org.haven.analytics.EngineSpeedCheck [every]}.
 */
public final class EngineSpeedCheck {

    private EngineSpeedCheck() {
    }

    public static void main(String[] args) {
        int every = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        List<OrgUnit> units = new ArrayList<>();
        units.add(new OrgUnit("W", "World", OrgUnitType.WORLD, 1, null, null, "W"));
        List<String> leaves = new ArrayList<>();
        for (int r = 1; r <= 8; r++) {
            String region = "R" + r;
            units.add(new OrgUnit(region, "Region " + r, OrgUnitType.REGION, 2, "W", null, "W/" + region));
            for (int c = 0; c < 195; c++) {
                if (c % 8 != r - 1) {
                    continue;
                }
                String country = String.format(Locale.ROOT, "C%03d", c);
                units.add(new OrgUnit(country, "Country " + c, OrgUnitType.COUNTRY, 3, region, null,
                        "W/" + region + "/" + country));
                for (int s = 0; s < 10; s++) {
                    String sub = country + "-" + s;
                    units.add(new OrgUnit(sub, "Sub " + sub, OrgUnitType.SUBNATIONAL, 4, country, null,
                            "W/" + region + "/" + country + "/" + sub));
                    leaves.add(sub);
                }
            }
        }
        List<String> elements = new ArrayList<>();
        List<RegistrySnapshot.ElementProfile> elementProfiles = new ArrayList<>();
        List<RegistrySnapshot.IndicatorProfile> indicators = new ArrayList<>();
        List<IndicatorTarget> targets = new ArrayList<>();
        for (int e = 0; e < 60; e++) {
            String el = String.format(Locale.ROOT, "E%02d", e);
            String ind = String.format(Locale.ROOT, "I%02d", e);
            elements.add(el);
            elementProfiles.add(new RegistrySnapshot.ElementProfile(el, el, "INTEGER", "SUM", "SUM", List.of(),
                    List.of("SEX", "AGE")));
            indicators.add(new RegistrySnapshot.IndicatorProfile(ind, ind, "COUNT", null, 0, false, "#{" + el + "}",
                    null, BigDecimal.ONE, "SUM", "SUM", List.of(), List.of("N1")));
            targets.add(new IndicatorTarget(e, ind, "W", TargetKind.TARGET, 2024, "", BigDecimal.valueOf(5_000_000),
                    null, null, 0, "x", OffsetDateTime.now(), "x", OffsetDateTime.now()));
        }
        List<CategoryDefinition> categories = List.of(
                new CategoryDefinition("SEX", "Sex", List.of(new OptionDefinition("F", "Female"), new OptionDefinition("M", "Male"))),
                new CategoryDefinition("AGE", "Age", List.of(new OptionDefinition("A1", "0-4"), new OptionDefinition("A2", "5-9"),
                        new OptionDefinition("A3", "10-14"), new OptionDefinition("A4", "15-17"))));
        RegistrySnapshot registry = new RegistrySnapshot("1", indicators, elementProfiles, categories, targets);
        String[] combos = new String[8];
        String[] periods = new String[180];
        for (int m = 0; m < 180; m++) {
            LocalDate d = LocalDate.of(2016, 1, 1).plusMonths(m);
            periods[m] = String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
        }
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < 4; a++) {
                combos[s * 4 + a] = "AGE:A" + (a + 1) + ";SEX:" + (s == 0 ? "F" : "M");
            }
        }
        ValueFeed feed = new ValueFeed() {
            @Override
            public void all(Consumer<FeedValue> sink) {
                for (int e = 0; e < elements.size(); e++) {
                    for (int u = 0; u < leaves.size(); u++) {
                        for (int m = 0; m < 180; m++) {
                            if ((e * 7 + u * 13 + m) % every != 0) {
                                continue;
                            }
                            for (int c = 0; c < 8; c++) {
                                sink.accept(new FeedValue(elements.get(e), leaves.get(u), periods[m], combos[c], "",
                                        (e + u + m + c) % 97 + 1, false, null, null, false));
                            }
                        }
                    }
                }
            }

            @Override
            public void values(Collection<String> dataElements, Collection<String> orgUnits, Collection<String> ps,
                    Consumer<FeedValue> sink) {
                for (String e : dataElements) {
                    for (String u : orgUnits) {
                        for (String p : ps) {
                            sink.accept(new FeedValue(e, u, p, combos[0], "", 42, false, null, null, false));
                        }
                    }
                }
            }

            @Override
            public long count() {
                return 0;
            }
        };
        OrgUnitDirectory directory = new OrgUnitDirectory() {
            @Override
            public Optional<OrgUnit> find(String code) {
                return units.stream().filter(u -> u.code().equals(code)).findFirst();
            }

            @Override
            public boolean isCountry(String code) {
                return false;
            }

            @Override
            public List<OrgUnit> countries() {
                return List.of();
            }

            @Override
            public List<OrgUnit> list(Integer level, String parentCode, OrgUnitType type) {
                return units;
            }

            @Override
            public List<OrgUnit> regions() {
                return List.of();
            }
        };
        FrameworkNode node = new FrameworkNode(1, "N1", NodeKind.STRATEGIC_OBJECTIVE, null, "N1", null, null, 1, false, 0);
        FrameworkCatalog framework = new FrameworkCatalog() {
            @Override
            public Optional<FrameworkNode> find(String code) {
                return Optional.of(node);
            }

            @Override
            public List<FrameworkNode> byKind(NodeKind kind) {
                return List.of(node);
            }

            @Override
            public List<FrameworkNode> all() {
                return List.of(node);
            }
        };
        ValueStore store = new ValueStore(feed, directory);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        LoadStats stats = store.reloadAll();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "loaded %,d values of %d elements in %,d ms; columns %,d MB; heap +%,d MB%n",
                stats.values(), stats.dataElements(), stats.millis(), stats.bytes() >> 20, (after - before) >> 20);
        QueryPlanner planner = new QueryPlanner(store, new RegistryCache(() -> "1", () -> registry), framework);
        Analytics analytics = new ColumnarAnalytics(planner, store, null, null) {
            @Override
            public StatusThresholds thresholds(String indicator) {
                return StatusThresholds.DEFAULT;
            }
        };
        List<String> years = new ArrayList<>();
        List<String> quarters = new ArrayList<>();
        for (int y = 2016; y <= 2030; y++) {
            years.add(String.valueOf(y));
            for (int q = 1; q <= 4; q++) {
                quarters.add(y + "Q" + q);
            }
        }
        List<String> allIndicators = indicators.stream().map(RegistrySnapshot.IndicatorProfile::code).toList();
        String only = args.length > 2 ? args[2] : "12345";
        if (only.contains("5")) {
            long[] t = new long[reps];
            for (int i = 0; i < reps; i++) {
                long s = System.nanoTime();
                store.apply(Set.of("E00"), Set.of(leaves.get(i % leaves.size())), Set.of("2024-01"));
                t[i] = System.nanoTime() - s;
            }
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%-50s p50 %7.2f ms  min %7.2f ms%n", "one changed cell re-read (E00)",
                    t[t.length / 2] / 1e6, t[0] / 1e6);
        }
        if (only.contains("1")) {
            time("1 one indicator, years x regions x sex", analytics, reps,
                    AnalyticsQuery.of(List.of("I00"), List.of("LEVEL-2"), years).by(List.of("SEX")));
        }
        if (only.contains("2")) {
            time("2 all indicators x countries, one year", analytics, reps,
                    AnalyticsQuery.of(allIndicators, List.of("TYPE-COUNTRY"), List.of("2024")));
        }
        if (only.contains("3")) {
            time("3 one country, indicators x quarters x age", analytics, reps,
                    AnalyticsQuery.of(allIndicators, List.of("C042"), quarters).by(List.of("AGE")));
        }
        if (only.contains("4")) {
            time("4 framework indicators at world level vs target", analytics, reps,
                    AnalyticsQuery.of(List.of(), List.of("W"), List.of("2024")).nodes(Set.of("N1")));
        }
    }

    /** CPU time of every Java thread so far (the caller and the pool threads that scan in parallel). */
    private static long javaCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static void time(String name, Analytics analytics, int reps, AnalyticsQuery q) {
        int rows = 0;
        for (int i = 0; i < 5; i++) {
            rows = analytics.query(q).rows().size();
        }
        long[] t = new long[reps];
        long[] cpu = new long[reps];
        for (int i = 0; i < t.length; i++) {
            long c = javaCpu();
            long s = System.nanoTime();
            analytics.query(q);
            t[i] = System.nanoTime() - s;
            cpu[i] = javaCpu() - c;
        }
        Arrays.sort(t);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-50s %6d rows  p50 %7.2f ms  min %7.2f ms  cpu p50 %7.2f ms%n", name, rows,
                t[t.length / 2] / 1e6, t[0] / 1e6, cpu[cpu.length / 2] / 1e6);
    }
}
