package org.haven.indicator;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.Context;
import org.haven.core.SeedMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Flyway migration 5.1: loads the shipped indicator library from {@code seed/indicators/*.yaml}, completing it from
 * the product's reference files in {@code seed/reference} (SDG, juvenile-justice and INSPIRE indicators, ICCS
 * codes, SDMX codelists) and the Strategy's audiences in {@code seed/framework.yaml}. A broken seed (unknown
 * code, formula error, SDMX or series code not in the reference) fails the migration rather than loading silently.
 */
@Component
class LoadIndicatorLibrary extends SeedMigration {

    private static final Pattern UNVERIFIED = Pattern.compile("unverified|not verified|not confirmed",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET = Pattern.compile("\\s*\\[([^\\]]*)\\]\\s*$");

    LoadIndicatorLibrary() {
        super("5.1", "load the shipped indicator library");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Timestamp now = Timestamp.from(Instant.now());
        Set<String> sdmx = sdmxCodes();
        Map<String, Set<String>> options = loadCategories(c, now, sdmx);
        Map<String, List<String>> elements = loadElements(c, now, options.keySet());
        loadIndicators(c, now, new SeedCatalog(elements, options));
    }

    private Map<String, Set<String>> loadCategories(Connection c, Timestamp now, Set<String> sdmx) throws Exception {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (PreparedStatement cat = c.prepareStatement("insert into category (code, name, description, version, created_at, updated_at) values (?, ?, ?, 0, ?, ?)");
             PreparedStatement opt = c.prepareStatement("""
                     insert into category_option (category_code, code, name, sort_order, age_from, age_to, sdmx_code, unverified)
                     values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map<String, Object> m : list(yaml("seed/indicators/categories.yaml"), "categories")) {
                String code = str(m.get("code"));
                cat.setString(1, code);
                cat.setString(2, str(m.get("name")));
                cat.setString(3, str(m.get("description")));
                cat.setTimestamp(4, now);
                cat.setTimestamp(5, now);
                cat.executeUpdate();
                List<Map<String, Object>> opts = switch (String.valueOf(m.get("from"))) {
                    case "iccs" -> iccsOptions();
                    case "audiences" -> audienceOptions();
                    default -> list(m, "options");
                };
                Set<String> codes = new HashSet<>();
                int order = 0;
                for (Map<String, Object> o : opts) {
                    String sdmxCode = str(o.get("sdmx"));
                    if (sdmxCode != null && !sdmx.contains(sdmxCode)) {
                        throw new IllegalStateException("SDMX code " + sdmxCode + " of " + code + " is not in the reference codelists");
                    }
                    opt.setString(1, code);
                    opt.setString(2, str(o.get("code")));
                    opt.setString(3, str(o.get("name")));
                    opt.setInt(4, order++);
                    opt.setObject(5, o.get("age_from"), java.sql.Types.INTEGER);
                    opt.setObject(6, o.get("age_to"), java.sql.Types.INTEGER);
                    opt.setString(7, sdmxCode);
                    opt.setBoolean(8, Boolean.TRUE.equals(o.get("unverified")));
                    opt.executeUpdate();
                    codes.add(str(o.get("code")));
                }
                out.put(code, codes);
            }
        }
        return out;
    }

    /** ICCS divisions (level 2) relevant to children, plus relevant sections (level 1) that list no division. */
    private static List<Map<String, Object>> iccsOptions() throws Exception {
        List<CSVRecord> rows = csv("seed/reference/iccs-categories.csv");
        List<Map<String, Object>> out = new ArrayList<>();
        for (CSVRecord r : rows) {
            String code = r.get("code");
            boolean relevant = !"no".equals(r.get("child_relevant"));
            boolean division = "2".equals(r.get("level"));
            boolean bareSection = "1".equals(r.get("level"))
                    && rows.stream().noneMatch(x -> "2".equals(x.get("level")) && x.get("code").startsWith(code));
            if (relevant && (division || bareSection)) {
                String title = r.get("title");
                Matcher m = BRACKET.matcher(title);
                boolean unverified = m.find() && UNVERIFIED.matcher(m.group(1)).find();
                String name = unverified ? title.substring(0, m.start()) : title;
                int paren = name.indexOf(" (");
                out.add(option(code, "ICCS " + code + " " + (paren > 0 ? name.substring(0, paren) : name), unverified));
            }
        }
        out.sort(java.util.Comparator.comparing(o -> o.get("code").toString()));
        out.add(option("OTHER", "Other offences", false));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> audienceOptions() throws Exception {
        Map<String, Object> comms = (Map<String, Object>) yaml("seed/framework.yaml").get("communication");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object a : (List<Object>) comms.get("audiences")) {
            String name = a.toString();
            String[] words = name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+");
            String code = String.join("_", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
            out.add(option(code, Character.toUpperCase(name.charAt(0)) + name.substring(1), false));
        }
        return out;
    }

    private static Map<String, Object> option(String code, String name, boolean unverified) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("unverified", unverified);
        return m;
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> loadElements(Connection c, Timestamp now, Set<String> categories) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement el = c.prepareStatement("""
                     insert into data_element (code, name, description, value_type, milestone_stages, aggregation_org, aggregation_time, version, created_at, updated_at)
                     values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
             PreparedStatement link = c.prepareStatement("insert into data_element_category (data_element_code, category_code, sort_order) values (?, ?, ?)")) {
            for (Map<String, Object> m : list(yaml("seed/indicators/data-elements.yaml"), "data_elements")) {
                String code = str(m.get("code"));
                el.setString(1, code);
                el.setString(2, str(m.get("name")));
                el.setString(3, str(m.get("description")));
                el.setString(4, ValueType.valueOf(str(m.get("value_type"))).name());
                el.setString(5, str(m.get("stages")));
                el.setString(6, Aggregation.valueOf(str(m.get("agg_org"))).name());
                el.setString(7, Aggregation.valueOf(str(m.get("agg_time"))).name());
                el.setTimestamp(8, now);
                el.setTimestamp(9, now);
                el.executeUpdate();
                List<String> cats = m.get("categories") == null ? List.of() : (List<String>) m.get("categories");
                int order = 0;
                for (String cat : cats) {
                    if (!categories.contains(cat)) {
                        throw new IllegalStateException("Data element " + code + " uses unknown category " + cat);
                    }
                    link.setString(1, code);
                    link.setString(2, cat);
                    link.setInt(3, order++);
                    link.executeUpdate();
                }
                out.put(code, List.copyOf(cats));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void loadIndicators(Connection c, Timestamp now, SeedCatalog catalog) throws Exception {
        ReferenceRows refs = new ReferenceRows();
        Set<String> nodes = existingNodes(c);
        List<Map<String, Object>> seeds = list(yaml("seed/indicators/indicators.yaml"), "indicators");
        seeds.forEach(m -> catalog.indicators().add(str(m.get("code"))));
        try (PreparedStatement ind = c.prepareStatement("""
                     insert into indicator (code, name, definition, type, unit, decimals, direction, aggregation_org, aggregation_time,
                         data_source, frequency, responsible_office, numerator, denominator, multiplier, milestone_stages,
                         international_code, sdg_series_codes, core_indicator, unverified, source_note, version, created_at, updated_at)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
             PreparedStatement link = c.prepareStatement("insert into indicator_node (indicator_code, node_code) values (?, ?)")) {
            for (Map<String, Object> m : seeds) {
                String code = str(m.get("code"));
                ReferenceRows.Row ref = refs.find(str(m.get("ref")));
                IndicatorType type = IndicatorType.valueOf(str(m.get("type")));
                String numerator = str(m.get("numerator"));
                String denominator = str(m.get("denominator"));
                List<String> problems = new ArrayList<>(catalog.check("numerator", numerator));
                if (denominator != null) {
                    problems.addAll(catalog.check("denominator", denominator));
                }
                List<String> series = m.get("series") == null ? List.of() : (List<String>) m.get("series");
                for (String s : series) {
                    if (ref == null || !ref.unit().contains(s)) {
                        problems.add("series " + s + " is not in the reference row");
                    }
                }
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("Indicator " + code + ": " + problems);
                }
                String unverifiedReason = m.get("unverified") instanceof String s ? s : null;
                boolean unverified = unverifiedReason != null || (ref != null && ref.unverified());
                String note = join(str(m.get("note")), unverifiedReason == null ? null : "Unverified: " + unverifiedReason,
                        ref == null ? null : ref.note());
                BigDecimal multiplier = m.get("multiplier") == null ? type.defaultMultiplier() : new BigDecimal(m.get("multiplier").toString());
                int i = 1;
                ind.setString(i++, code);
                ind.setString(i++, first(str(m.get("name")), ref == null ? null : ref.name()));
                ind.setString(i++, first(str(m.get("definition")), ref == null ? null : ref.definition()));
                ind.setString(i++, type.name());
                ind.setString(i++, str(m.get("unit")));
                ind.setInt(i++, m.get("decimals") == null ? 0 : (Integer) m.get("decimals"));
                ind.setString(i++, Direction.valueOf(str(m.get("direction"))).name());
                ind.setString(i++, Aggregation.valueOf(str(m.get("agg_org"))).name());
                ind.setString(i++, Aggregation.valueOf(str(m.get("agg_time"))).name());
                ind.setString(i++, str(m.get("source")));
                ind.setString(i++, Frequency.valueOf(str(m.get("frequency"))).name());
                ind.setString(i++, first(str(m.get("office")), ref == null ? null : ref.office()));
                ind.setString(i++, numerator);
                ind.setString(i++, denominator);
                ind.setBigDecimal(i++, multiplier);
                ind.setString(i++, str(m.get("stages")));
                ind.setString(i++, ref == null ? null : ref.internationalCode());
                ind.setString(i++, series.isEmpty() ? null : String.join(", ", series));
                ind.setBoolean(i++, ref != null && ref.core());
                ind.setBoolean(i++, unverified);
                ind.setString(i++, note);
                ind.setTimestamp(i++, now);
                ind.setTimestamp(i, now);
                ind.executeUpdate();
                for (String node : m.get("nodes") == null ? List.<String>of() : (List<String>) m.get("nodes")) {
                    if (nodes.contains(node)) {
                        link.setString(1, code);
                        link.setString(2, node);
                        link.executeUpdate();
                    }
                }
            }
        }
    }

    private static Set<String> existingNodes(Connection c) throws Exception {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select code from framework_node"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Set<String> sdmxCodes() throws Exception {
        Set<String> out = new HashSet<>();
        for (CSVRecord r : csv("seed/reference/sdmx-sdg-codelists.csv")) {
            out.add(r.get("code"));
        }
        return out;
    }

    static List<CSVRecord> csv(String path) throws Exception {
        try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Map<String, Object> yaml(String path) throws Exception {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> root, String key) {
        return (List<Map<String, Object>>) root.get(key);
    }

    static String str(Object o) {
        return o == null || o.toString().isBlank() ? null : o.toString().trim();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    static String join(String... parts) {
        String joined = String.join(" ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }
}
