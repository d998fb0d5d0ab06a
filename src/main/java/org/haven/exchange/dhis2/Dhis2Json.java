package org.haven.exchange.dhis2;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** DHIS2 data value sets in JSON: {"dataSet", "completeDate", "period", "orgUnit", "dataValues": [...]}. */
final class Dhis2Json {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ValueSet(String dataSet, String period, String orgUnit, List<Value> dataValues) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Value(String dataElement, String period, String orgUnit, String categoryOptionCombo,
            String attributeOptionCombo, String value, String storedBy, String lastUpdated, String comment,
            Boolean followup) {
    }

    private Dhis2Json() {
    }

    static Dhis2Read read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw Dhis2BodyException.badRequest("The body is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw Dhis2BodyException.badRequest("A DHIS2 data value set is a JSON object with a dataValues list");
        }
        JsonNode values = root.get("dataValues");
        if (values == null || !values.isArray()) {
            throw Dhis2BodyException.badRequest("The JSON object has no dataValues list");
        }
        String period = text(root.get("period"));
        String orgUnit = text(root.get("orgUnit"));
        String aoc = text(root.get("attributeOptionCombo"));
        List<Dhis2Row> rows = new ArrayList<>();
        List<Dhis2ImportSummary.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (v == null || !v.isObject()) {
                conflicts.add(new Dhis2ImportSummary.Conflict("dataValues[" + i + "]",
                        "dataValues[" + i + "] is not a JSON object", "dataValue", List.of(i)));
                continue;
            }
            rows.add(Dhis2Row.of(i, text(v.get("dataElement")), or(text(v.get("period")), period),
                    or(text(v.get("orgUnit")), orgUnit), text(v.get("categoryOptionCombo")),
                    or(text(v.get("attributeOptionCombo")), aoc), text(v.get("value")), text(v.get("comment")),
                    bool(v.get("followup")) || bool(v.get("followUp"))));
        }
        return new Dhis2Read(rows, conflicts, text(root.get("dataSet")));
    }

    static String write(ValueSet set) {
        return JSON.writeValueAsString(set);
    }

    private static String or(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue().toPlainString();
        }
        if (n.isBoolean()) {
            return String.valueOf(n.booleanValue());
        }
        if (n.isContainer()) {
            return n.toString();
        }
        return n.asString();
    }

    private static boolean bool(JsonNode n) {
        return n != null && (n.isBoolean() ? n.booleanValue() : "true".equalsIgnoreCase(text(n)));
    }
}
