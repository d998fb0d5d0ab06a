package org.haven.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printed result table: p50 per system, the ratios against the goals, and the cross-check. */
final class BenchTable {

    static final double GOAL_MS = 20;
    static final double GOAL_VS_DUCKDB = 1.0;
    static final double GOAL_VS_POSTGRES = 0.05;

    private final boolean withHaven;
    private final List<String> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchTable(boolean withHaven) {
        this.withHaven = withHaven;
        lines.add(String.format(Locale.ROOT, "%-46s %6s %11s %11s %11s %9s %9s  %s", "query (p50, ms)", "rows",
                "Haven", "DuckDB", "PostgreSQL", "H/DuckDB", "H/PG", "same numbers"));
    }

    void add(String label, int rows, double haven, double duckdb, double postgres, String difference) {
        lines.add(String.format(Locale.ROOT, "%-46s %6d %11s %11.2f %11.2f %9s %9s  %s", label, rows,
                withHaven ? String.format(Locale.ROOT, "%.2f", haven) : "n/a", duckdb, postgres,
                withHaven ? String.format(Locale.ROOT, "%.3f", haven / duckdb) : "n/a",
                withHaven ? String.format(Locale.ROOT, "%.4f", haven / postgres) : "n/a",
                difference == null ? "yes" : "NO: " + difference));
        if (withHaven) {
            goal(label, "p50 <= 20 ms", haven <= GOAL_MS);
            goal(label, "Haven/DuckDB <= 1.0", haven / duckdb <= GOAL_VS_DUCKDB);
            goal(label, "Haven/PostgreSQL <= 0.05", haven / postgres <= GOAL_VS_POSTGRES);
        }
    }

    private void goal(String label, String goal, boolean met) {
        if (!met) {
            notes.add("goal NOT met: " + label.substring(0, label.indexOf(')') + 1) + " " + goal);
        }
    }

    List<String> lines() {
        List<String> out = new ArrayList<>(lines);
        out.addAll(notes);
        if (withHaven && notes.isEmpty()) {
            out.add("query goals met: every p50 <= 20 ms, Haven/DuckDB <= 1.0, Haven/PostgreSQL <= 0.05");
        }
        return out;
    }
}
