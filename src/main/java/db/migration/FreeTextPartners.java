package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the free text that used to name an activity's partners into links to registered partners (V18_1) and maps
 * the partner codes of users onto the registry (V18_3). A name matches a partner by code or by name (case and
 * spacing ignored); a name that matches nothing becomes a new partner of type NGO flagged for review, with a unique
 * code derived from the name. Kept apart from the migrations so the rules can be tested on their own; frozen with
 * the migrations, it does not use the application's classes.
 */
public final class FreeTextPartners {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 300;
    static final String ACTOR = "migration";

    private static final Pattern SEPARATORS = Pattern.compile("[,;/\\r\\n]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_CODE = Pattern.compile("[^A-Z0-9]+");
    private static final String DEMO_TAG = "[demo]";

    private FreeTextPartners() {
    }

    /** A partner already in the registry. */
    public record Known(String code, String name, boolean demo) {
    }

    /** A partner the migration creates. */
    public record NewPartner(String code, String name, boolean demo) {
    }

    /** The names in a free-text partners field, in order, without blanks and repeats (case-insensitive). */
    public static List<String> names(String text) {
        if (text == null) {
            return List.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String part : SEPARATORS.split(text)) {
            String name = SPACES.matcher(part).replaceAll(" ").trim();
            if (!name.isEmpty()) {
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), name.length() > NAME_MAX ? name.substring(0, NAME_MAX).trim() : name);
            }
        }
        return List.copyOf(names.values());
    }

    /** A code derived from a name: ASCII capitals, digits and hyphens, at most 40 characters ("PARTNER" if none). */
    public static String baseCode(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String code = NOT_CODE.matcher(ascii.toUpperCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (code.length() > CODE_MAX) {
            code = code.substring(0, CODE_MAX).replaceAll("-+$", "");
        }
        return code.isEmpty() ? "PARTNER" : code;
    }

    static String key(String name) {
        return SPACES.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String withoutDemoTag(String key) {
        return key.startsWith(DEMO_TAG) ? key.substring(DEMO_TAG.length()).trim() : key;
    }

    /**
     * Matches names against the registry; remembers the partners it creates so a name typed in several activities
     * becomes one partner. For demo rows a name also matches a demo partner's name without its "[DEMO]" label.
     */
    public static final class Matcher {
        private final Map<String, String> byCode = new HashMap<>();
        private final Map<String, String> byName = new HashMap<>();
        private final Map<String, String> byDemoName = new HashMap<>();
        private final Set<String> taken = new HashSet<>();
        private final List<NewPartner> created = new ArrayList<>();

        public Matcher(Collection<Known> known) {
            for (Known k : known) {
                byCode.put(k.code().toUpperCase(Locale.ROOT), k.code());
                byName.putIfAbsent(key(k.name()), k.code());
                if (k.demo()) {
                    byDemoName.putIfAbsent(withoutDemoTag(key(k.name())), k.code());
                }
                taken.add(k.code().toUpperCase(Locale.ROOT));
            }
        }

        /** The code of the partner this name stands for, creating one when nothing matches. */
        public String codeFor(String name, boolean demo) {
            String key = key(name);
            String code = byCode.get(name.trim().toUpperCase(Locale.ROOT));
            if (code == null) {
                code = byName.get(key);
            }
            if (code == null && demo) {
                code = byDemoName.get(withoutDemoTag(key));
            }
            if (code != null) {
                return code;
            }
            String fresh = unique(baseCode(name));
            created.add(new NewPartner(fresh, name.trim(), demo));
            byCode.put(fresh, fresh);
            byName.put(key, fresh);
            taken.add(fresh);
            return fresh;
        }

        private String unique(String base) {
            if (!taken.contains(base)) {
                return base;
            }
            for (int n = 2;; n++) {
                String suffix = "-" + n;
                String stem = base.length() + suffix.length() > CODE_MAX ? base.substring(0, CODE_MAX - suffix.length()) : base;
                if (!taken.contains(stem + suffix)) {
                    return stem + suffix;
                }
            }
        }

        /** The partners created so far, in the order they were first named. */
        public List<NewPartner> created() {
            return List.copyOf(created);
        }
    }

    /** What {@link #linkActivities} did: partners created and links made. */
    public record Outcome(List<NewPartner> created, int links) {
    }

    /**
     * Links every activity whose free-text partners name someone to the matching partners (role IMPLEMENTING),
     * creating the partners nothing matched; real activities are read before demo ones, so a partner named by both
     * is a real one. Everything is audited as 'migration'.
     */
    public static Outcome linkActivities(Connection c) throws SQLException {
        Matcher matcher = new Matcher(known(c));
        Map<Long, Set<String>> links = new LinkedHashMap<>();
        Map<Long, String> activityCodes = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, code, partners, demo from activity where partners is not null order by demo, id")) {
            while (rs.next()) {
                Set<String> codes = new LinkedHashSet<>();
                for (String name : names(rs.getString("partners"))) {
                    codes.add(matcher.codeFor(name, rs.getBoolean("demo")));
                }
                if (!codes.isEmpty()) {
                    links.put(rs.getLong("id"), codes);
                    activityCodes.put(rs.getLong("id"), rs.getString("code"));
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        insertPartners(c, matcher.created(), now);
        int made = 0;
        try (PreparedStatement exists = c.prepareStatement(
                "select count(*) from activity_partner where activity_id = ? and partner_code = ?");
                PreparedStatement insert = c.prepareStatement(
                        "insert into activity_partner (activity_id, partner_code, role) values (?, ?, 'IMPLEMENTING')")) {
            for (Map.Entry<Long, Set<String>> e : links.entrySet()) {
                List<String> added = new ArrayList<>();
                for (String code : e.getValue()) {
                    exists.setLong(1, e.getKey());
                    exists.setString(2, code);
                    try (ResultSet rs = exists.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            continue;
                        }
                    }
                    insert.setLong(1, e.getKey());
                    insert.setString(2, code);
                    insert.executeUpdate();
                    added.add(code);
                    made++;
                }
                if (!added.isEmpty()) {
                    audit(c, now, "activity", String.valueOf(e.getKey()), "UPDATE", "Partners of activity "
                            + activityCodes.get(e.getKey()) + " linked from its free-text partners: " + String.join(", ", added));
                }
            }
        }
        return new Outcome(matcher.created(), made);
    }

    /**
     * Maps every user's partner code onto the registry: blank becomes none, a code or name matches a partner (the
     * stored value becomes its exact code), anything else becomes a new partner flagged for review.
     */
    public static List<NewPartner> mapUsers(Connection c) throws SQLException {
        Matcher matcher = new Matcher(known(c));
        Map<Long, String> mapped = new LinkedHashMap<>();
        Map<Long, String> before = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, partner_code from app_user where partner_code is not null order by id")) {
            while (rs.next()) {
                String value = rs.getString("partner_code");
                String code = value.isBlank() ? null : matcher.codeFor(SPACES.matcher(value).replaceAll(" ").trim(), false);
                if (!value.equals(code)) {
                    mapped.put(rs.getLong("id"), code);
                    before.put(rs.getLong("id"), value);
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        insertPartners(c, matcher.created(), now);
        try (PreparedStatement update = c.prepareStatement("update app_user set partner_code = ? where id = ?")) {
            for (Map.Entry<Long, String> e : mapped.entrySet()) {
                update.setString(1, e.getValue());
                update.setLong(2, e.getKey());
                update.executeUpdate();
                audit(c, now, "user", String.valueOf(e.getKey()), "UPDATE", "Partner code '" + before.get(e.getKey())
                        + "' mapped to the partner registry: " + (e.getValue() == null ? "none" : e.getValue()));
            }
        }
        return matcher.created();
    }

    private static List<Known> known(Connection c) throws SQLException {
        List<Known> known = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, name, demo from partner")) {
            while (rs.next()) {
                known.add(new Known(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            }
        }
        return known;
    }

    private static void insertPartners(Connection c, List<NewPartner> partners, OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into partner (code, name, partner_type, description, demo, needs_review, version,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, 'NGO', ?, ?, true, 0, ?, ?, ?, ?)""")) {
            for (NewPartner p : partners) {
                insert.setString(1, p.code());
                insert.setString(2, p.name());
                insert.setString(3, "Created from a partner name typed before the partner registry existed; "
                        + "check its type, country and details.");
                insert.setBoolean(4, p.demo());
                insert.setObject(5, now);
                insert.setString(6, ACTOR);
                insert.setObject(7, now);
                insert.setString(8, ACTOR);
                insert.executeUpdate();
                audit(c, now, "partner", p.code(), "CREATE", "Partner " + p.name() + " created from free text (needs review)");
            }
        }
    }

    private static void audit(Connection c, OffsetDateTime now, String type, String id, String action, String summary)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into audit_event (occurred_at, actor, entity_type, entity_id, action, summary)
                values (?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, now);
            insert.setString(2, ACTOR);
            insert.setString(3, type);
            insert.setString(4, id);
            insert.setString(5, action);
            insert.setString(6, summary.length() > 400 ? summary.substring(0, 397) + "..." : summary);
            insert.executeUpdate();
        }
    }
}
