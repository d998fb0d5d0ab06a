package org.haven.framework;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.haven.core.SeedMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Flyway migration 3.1: loads the Strategy's framework from the bundled {@code seed/framework.yaml} (the product's own
 * copy of the Strategy as published in November 2023) and the SDG goals and targets from {@code seed/sdgs.csv}.
 * The first history row of every node is dated 2023-11-01, the Strategy's publication.
 */
@Component
class LoadFramework extends SeedMigration {

    LoadFramework() {
        super("3.1", "load the Strategy framework");
    }

    static final Instant PUBLISHED = Instant.parse("2023-11-01T00:00:00Z");


    @Override
    public void migrate(Context context) throws Exception {
        List<Seed> nodes = new ArrayList<>();
        readYaml(nodes);
        readSdgs(nodes);
        insert(context.getConnection(), nodes);
    }

    record Seed(String code, NodeKind kind, String parent, String title, String shortTitle, String description, int order) {
    }

    @SuppressWarnings("unchecked")
    private static void readYaml(List<Seed> out) throws Exception {
        Map<String, Object> root;
        try (InputStream in = new ClassPathResource("seed/framework.yaml").getInputStream()) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        Map<String, Object> strategy = (Map<String, Object>) root.get("strategy");
        out.add(new Seed("VISION", NodeKind.VISION, null, str(strategy.get("vision")), "Vision", str(strategy.get("title")), 0));
        simple(out, root, "strategic_objectives", NodeKind.STRATEGIC_OBJECTIVE, null);
        simple(out, root, "operational_objectives", NodeKind.OPERATIONAL_OBJECTIVE, null);
        simple(out, root, "pillars", NodeKind.PILLAR, null);
        simple(out, root, "technical_assistance_services", NodeKind.TA_SERVICE, "TA");
        int order = 0;
        for (Map<String, Object> ctx : (List<Map<String, Object>>) root.get("priority_contexts")) {
            String code = str(ctx.get("code"));
            out.add(new Seed(code, NodeKind.PRIORITY_CONTEXT, null, str(ctx.get("title")), null, str(ctx.get("scope")), order++));
            int aim = 1;
            for (Object a : (List<Object>) ctx.get("aims")) {
                out.add(new Seed(code + "-" + aim, NodeKind.CONTEXT_AIM, code, str(a), null, null, aim));
                aim++;
            }
        }
        simple(out, root, "ecological_levels", NodeKind.ECOLOGICAL_LEVEL, null);
        simple(out, root, "benchmarks", NodeKind.BENCHMARK, null);
        simple(out, root, "key_change_indicators", NodeKind.KEY_CHANGE_INDICATOR, null);
        order = 0;
        for (Map<String, Object> impl : (List<Map<String, Object>>) root.get("implementers")) {
            String code = str(impl.get("code"));
            out.add(new Seed(code, NodeKind.IMPLEMENTER, null, str(impl.get("title")), code,
                    impl.get("coordinating_unit") == null ? null : "Coordinating unit: " + impl.get("coordinating_unit"), order++));
            Object units = impl.get("works_with");
            if (units instanceof List<?> list) {
                int u = 1;
                for (Object unit : list) {
                    out.add(new Seed(code + "-U" + u, NodeKind.IMPLEMENTER, code, str(unit), null, null, u));
                    u++;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void simple(List<Seed> out, Map<String, Object> root, String key, NodeKind kind, String parent) {
        int order = 0;
        for (Map<String, Object> m : (List<Map<String, Object>>) root.get(key)) {
            Object note = m.containsKey("note") ? m.get("note") : m.get("lead") == null ? null : "Lead: " + m.get("lead");
            out.add(new Seed(str(m.get("code")), kind, parent, str(m.get("title")), str(m.get("short")), str(note), order++));
        }
    }

    private static void readSdgs(List<Seed> out) throws Exception {
        int order = 0;
        try (Reader in = new InputStreamReader(new ClassPathResource("seed/sdgs.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String parent = r.get("parent_code").isBlank() ? null : r.get("parent_code");
                out.add(new Seed(r.get("code"), parent == null ? NodeKind.SDG_GOAL : NodeKind.SDG_TARGET, parent,
                        r.get("title"), r.get("short_title"), null, order++));
            }
        }
    }

    private static void insert(Connection c, List<Seed> nodes) throws Exception {
        Timestamp at = Timestamp.from(PUBLISHED);
        try (PreparedStatement node = c.prepareStatement("""
                insert into framework_node (code, kind, parent_code, title, short_title, description, sort_order, retired, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""");
             PreparedStatement history = c.prepareStatement("""
                insert into framework_node_history (code, kind, parent_code, title, short_title, description, sort_order, retired, valid_from, valid_to, changed_by, change_note)
                values (?, ?, ?, ?, ?, ?, ?, false, ?, null, 'system', 'Strategy as published, November 2023')""")) {
            for (Seed s : nodes) {
                for (PreparedStatement ps : List.of(node, history)) {
                    ps.setString(1, s.code());
                    ps.setString(2, s.kind().name());
                    ps.setString(3, s.parent());
                    ps.setString(4, s.title());
                    ps.setString(5, s.shortTitle());
                    ps.setString(6, s.description());
                    ps.setInt(7, s.order());
                    ps.setTimestamp(8, at);
                }
                node.setTimestamp(9, at);
                node.executeUpdate();
                history.executeUpdate();
            }
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
