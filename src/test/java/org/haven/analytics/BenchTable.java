package org.haven.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The printed results: wall-clock p50 per system with the ratios and the cross-check, checked against the goals,
 * then the mean CPU time per query (client JVM plus database server) with the same ratios.
 */
final class BenchTable {

    static final double GOAL_MS = 20;
    static final double GOAL_VS_DUCKDB = 1.0;
    static final double GOAL_VS_POSTGRES = 0.05;
    private static final String FORMAT = "%-46s %6s %10s %10s %10s %9s %9s  %s";

    private final boolean withHaven;
    private final List<String> wall = new ArrayList<>();
    private final List<String> cpu = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchTable(boolean withHaven) {
        this.withHaven = withHaven;
        wall.add(String.format(Locale.ROOT, FORMAT, "query (wall clock p50, ms)", "rows", "Haven", "DuckDB",
                "PostgreSQL", "H/DuckDB", "H/PG", "same numbers"));
        cpu.add(String.format(Locale.ROOT, FORMAT, "query (CPU per query, mean ms)", "", "Haven", "DuckDB",
                "PostgreSQL", "H/DuckDB", "H/PG", ""));
    }

    void add(String label, int rows, BenchMemory.Timing haven, BenchMemory.Timing duckdb, BenchMemory.Timing postgres,
            String difference) {
        wall.add(row(label, String.valueOf(rows), haven.p50(), duckdb.p50(), postgres.p50(),
                difference == null ? "yes" : "NO: " + difference));
        cpu.add(row(label, "", haven.cpu(), duckdb.cpu(), postgres.cpu(), ""));
        if (withHaven) {
            goal(label, "p50 <= 20 ms", haven.p50() <= GOAL_MS);
            goal(label, "Haven/DuckDB <= 1.0", haven.p50() / duckdb.p50() <= GOAL_VS_DUCKDB);
            goal(label, "Haven/PostgreSQL <= 0.05", haven.p50() / postgres.p50() <= GOAL_VS_POSTGRES);
        }
    }

    private String row(String label, String rows, double haven, double duckdb, double postgres, String check) {
        return String.format(Locale.ROOT, FORMAT, label, rows, withHaven ? fmt("%.2f", haven) : "n/a",
                fmt("%.2f", duckdb), fmt("%.2f", postgres), withHaven ? fmt("%.3f", haven / duckdb) : "n/a",
                withHaven ? fmt("%.4f", haven / postgres) : "n/a", check);
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    private void goal(String label, String goal, boolean met) {
        if (!met) {
            notes.add("goal NOT met (wall clock): " + label.substring(0, label.indexOf(')') + 1) + " " + goal);
        }
    }

    List<String> lines() {
        List<String> out = new ArrayList<>(wall);
        out.addAll(notes);
        if (withHaven && notes.isEmpty()) {
            out.add("query goals met: every p50 <= 20 ms, Haven/DuckDB <= 1.0, Haven/PostgreSQL <= 0.05");
        }
        out.addAll(cpu);
        return out;
    }
}
