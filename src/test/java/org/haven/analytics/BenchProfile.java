package org.haven.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Optional CPU profile of Haven's queries ({@code -Dbench.profile=true}): runs each query repeatedly under a Java
 * Flight Recorder recording of execution samples and prints, per query, the methods the sampled stacks spent their
 * time in (self) and the Haven methods they passed through (total).
 */
final class BenchProfile {

    private static final long NANOS_PER_QUERY = 5_000_000_000L;
    private static final int TOP = 12;

    private BenchProfile() {
    }

    static void profile(Analytics haven, List<BenchQueries.Query> queries) throws Exception {
        for (BenchQueries.Query q : queries) {
            Path file = Files.createTempFile("haven-analytics-", ".jfr");
            int runs = 0;
            try (Recording r = new Recording()) {
                r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
                r.start();
                long until = System.nanoTime() + NANOS_PER_QUERY;
                while (System.nanoTime() < until) {
                    haven.query(q.haven());
                    runs++;
                }
                r.stop();
                r.dump(file);
            }
            print(q.label() + " (" + runs + " runs)", file);
            Files.delete(file);
        }
    }

    private static void print(String label, Path file) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
                    || !"main".equals(e.getThread("sampledThread").getJavaName())) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("org.haven.") && !n.contains(".Bench") && !n.contains("AnalyticsBenchmark")
                        && seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "profile %s: %d samples%n", label, samples);
        print("  self ", self, samples);
        print("  total", total, samples);
    }

    private static void print(String kind, Map<String, Integer> counts, int samples) {
        List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        for (Map.Entry<String, Integer> e : top.subList(0, Math.min(TOP, top.size()))) {
            System.out.printf(Locale.ROOT, "%s %5.1f%%  %s%n", kind, 100.0 * e.getValue() / Math.max(1, samples),
                    e.getKey());
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
