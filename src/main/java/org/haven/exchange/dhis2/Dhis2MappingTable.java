package org.haven.exchange.dhis2;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A connection's mappings loaded for one import or export: DHIS2 identifier -> Haven code and back. When several
 * DHIS2 identifiers map to one Haven code, the oldest mapping is the one exported.
 */
final class Dhis2MappingTable {

    private final Dhis2Connection connection;
    private final Map<Dhis2MappingKind, Map<String, String>> forward = new EnumMap<>(Dhis2MappingKind.class);
    private final Map<Dhis2MappingKind, Map<String, String>> reverse = new EnumMap<>(Dhis2MappingKind.class);
    private final Map<Dhis2MappingKind, Map<String, String>> reverseAdx = new EnumMap<>(Dhis2MappingKind.class);

    Dhis2MappingTable(Dhis2Connection connection, List<Dhis2Mapping> mappings) {
        this.connection = connection;
        for (Dhis2MappingKind k : Dhis2MappingKind.values()) {
            forward.put(k, new HashMap<>());
            reverse.put(k, new HashMap<>());
            reverseAdx.put(k, new HashMap<>());
        }
        List<Dhis2Mapping> oldestFirst = mappings.stream()
                .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        for (Dhis2Mapping m : oldestFirst) {
            String key = key(m.dhis2Id(), m.dataElement());
            forward.get(m.kind()).put(key, m.havenCode());
            boolean adxForm = m.dhis2Id().contains("=");
            Map<String, String> back = adxForm ? reverseAdx.get(m.kind()) : reverse.get(m.kind());
            back.putIfAbsent(key(m.havenCode(), m.dataElement()), m.dhis2Id());
        }
    }

    Dhis2Connection connection() {
        return connection;
    }

    Optional<String> dataSet(String dhis2Id) {
        return get(Dhis2MappingKind.DATA_SET, dhis2Id, "");
    }

    Optional<String> dataElement(String dhis2Id) {
        return get(Dhis2MappingKind.DATA_ELEMENT, dhis2Id, "");
    }

    Optional<String> orgUnit(String dhis2Id) {
        return get(Dhis2MappingKind.ORG_UNIT, dhis2Id, "");
    }

    /** The Haven combination of a category option combo for this Haven element (element-specific first). */
    Optional<String> combo(String dhis2Id, String havenElement) {
        Optional<String> specific = get(Dhis2MappingKind.CATEGORY_OPTION_COMBO, dhis2Id, havenElement);
        return specific.isPresent() ? specific : get(Dhis2MappingKind.CATEGORY_OPTION_COMBO, dhis2Id, "");
    }

    /** The Haven "CAT:OPT" of one ADX attribute "CAT=OPT". */
    Optional<String> categoryOption(String adxAttribute) {
        return get(Dhis2MappingKind.CATEGORY_OPTION, adxAttribute, "");
    }

    /** The partner code (empty = none) of an attribute option combo uid or ADX key. */
    Optional<String> partner(String dhis2Id) {
        return get(Dhis2MappingKind.ATTRIBUTE_OPTION_COMBO, dhis2Id, "");
    }

    Optional<String> dhis2DataSet(String havenCode) {
        return back(Dhis2MappingKind.DATA_SET, havenCode, "");
    }

    Optional<String> dhis2DataElement(String havenCode) {
        return back(Dhis2MappingKind.DATA_ELEMENT, havenCode, "");
    }

    Optional<String> dhis2OrgUnit(String havenCode) {
        return back(Dhis2MappingKind.ORG_UNIT, havenCode, "");
    }

    Optional<String> dhis2Combo(String havenElement, String combo) {
        Optional<String> specific = back(Dhis2MappingKind.CATEGORY_OPTION_COMBO, combo, havenElement);
        return specific.isPresent() ? specific : back(Dhis2MappingKind.CATEGORY_OPTION_COMBO, combo, "");
    }

    /** The attribute option combo uid of a partner (null or empty = no partner), if mapped. */
    Optional<String> dhis2Partner(String partner) {
        return back(Dhis2MappingKind.ATTRIBUTE_OPTION_COMBO, partner == null ? "" : partner, "");
    }

    /** The ADX group attributes of a partner: empty map for no partner; empty Optional when not mapped. */
    Optional<Map<String, String>> adxPartner(String partner) {
        if (partner == null || partner.isEmpty()) {
            String key = reverseAdx.get(Dhis2MappingKind.ATTRIBUTE_OPTION_COMBO).get(key("", ""));
            return Optional.of(key == null ? Map.of() : attributes(key));
        }
        return Optional.ofNullable(reverseAdx.get(Dhis2MappingKind.ATTRIBUTE_OPTION_COMBO).get(key(partner, "")))
                .map(Dhis2MappingTable::attributes);
    }

    /** The ADX attributes of a Haven combination; empty Optional when a category option has no mapping. */
    Optional<Map<String, String>> adxCombo(String combo) {
        Map<String, String> out = new TreeMap<>();
        if (combo == null || combo.isEmpty()) {
            return Optional.of(out);
        }
        for (String part : combo.split(";")) {
            String attribute = reverseAdx.get(Dhis2MappingKind.CATEGORY_OPTION).get(key(part, ""));
            if (attribute == null) {
                return Optional.empty();
            }
            out.putAll(attributes(attribute));
        }
        return Optional.of(out);
    }

    /** "A=1;B=2" as a map. */
    static Map<String, String> attributes(String key) {
        Map<String, String> out = new TreeMap<>();
        for (String part : key.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return out;
    }

    /** The canonical ADX key of attributes: sorted "A=1;B=2". */
    static String adxKey(Map<String, String> attributes) {
        return new TreeMap<>(attributes).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private Optional<String> get(Dhis2MappingKind kind, String dhis2Id, String element) {
        return dhis2Id == null ? Optional.empty() : Optional.ofNullable(forward.get(kind).get(key(dhis2Id, element)));
    }

    private Optional<String> back(Dhis2MappingKind kind, String havenCode, String element) {
        return Optional.ofNullable(reverse.get(kind).get(key(havenCode, element)));
    }

    private static String key(String code, String element) {
        return code + "\u0000" + (element == null ? "" : element);
    }
}
