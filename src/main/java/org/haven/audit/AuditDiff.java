package org.haven.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the before/after JSON snapshots of audit rows and lines them up field by field. */
@Component
class AuditDiff {

    /** One field of a before/after comparison; {@code change} is "changed", "added", "removed" or "same". */
    record Line(String field, String before, String after, String change) {

        public boolean changed() {
            return !"same".equals(change);
        }
    }

    private final JsonMapper json;

    AuditDiff(JsonMapper json) {
        this.json = json;
    }

    /** The fields of both snapshots, the before's order first, then fields only the after has. */
    List<Line> lines(String beforeJson, String afterJson) {
        Map<String, Object> before = asMap(beforeJson);
        Map<String, Object> after = asMap(afterJson);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Line> lines = new ArrayList<>();
        for (String key : keys) {
            boolean inBefore = before.containsKey(key);
            boolean inAfter = after.containsKey(key);
            Object b = before.get(key);
            Object a = after.get(key);
            String change;
            if (beforeJson == null) {
                change = "added";
            } else if (afterJson == null) {
                change = "removed";
            } else if (inBefore && inAfter) {
                change = Objects.equals(b, a) ? "same" : "changed";
            } else {
                change = inAfter ? "added" : "removed";
            }
            lines.add(new Line(key, inBefore ? text(b) : "", inAfter ? text(a) : "", change));
        }
        return lines;
    }

    /** The snapshot as a JSON tree for the API (null when there is none). */
    JsonNode tree(String snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.readTree(snapshot);
        } catch (JacksonException e) {
            return json.getNodeFactory().stringNode(snapshot);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap(String snapshot) {
        if (snapshot == null) {
            return Map.of();
        }
        try {
            Object value = json.readValue(snapshot, Object.class);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            Map<String, Object> single = new LinkedHashMap<>();
            single.put("value", value);
            return single;
        } catch (JacksonException e) {
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("value", snapshot);
            return raw;
        }
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return json.writeValueAsString(value);
    }
}
