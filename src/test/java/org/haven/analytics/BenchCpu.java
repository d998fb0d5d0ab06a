package org.haven.analytics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * CPU time consumed, in nanoseconds, as a load-independent companion to wall-clock times on a shared machine: this
 * JVM's process CPU time (Haven's engine and DuckDB both run in it), plus for PostgreSQL the CPU time of every
 * process of the embedded server (backends, parallel workers), read from Linux's /proc in clock ticks (10 ms).
 */
final class BenchCpu {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private BenchCpu() {
    }

    static long jvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The postmaster's process id, found from this connection's backend; -1 when /proc cannot be read. */
    static long postmaster(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            String[] stat = stat(Path.of("/proc", String.valueOf(rs.getInt(1)), "stat"));
            return stat == null ? -1 : Long.parseLong(stat[1]);
        }
    }

    /** CPU time of the postmaster and all its children plus this JVM's; -1 postmaster gives the JVM's alone. */
    static long postgresAndJvm(long postmaster) {
        long ticks = 0;
        if (postmaster > 0) {
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .toList()) {
                    String[] stat = stat(p.resolve("stat"));
                    if (stat != null && (p.getFileName().toString().equals(String.valueOf(postmaster))
                            || stat[1].equals(String.valueOf(postmaster)))) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                }
            } catch (IOException e) {
                return jvm();
            }
        }
        return ticks * NANOS_PER_TICK + jvm();
    }

    /** The fields of /proc/PID/stat after the command name (state first), or null when unreadable. */
    private static String[] stat(Path file) {
        try {
            String text = Files.readString(file);
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
