package org.haven.exchange.dhis2;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.data.DataSetCatalog;
import org.haven.data.ValueKey;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.partner.PartnerDirectory;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DHIS2 connections and their code mappings: listed to anyone signed in, changed only by ADMIN and MEL_OFFICER
 * (or the system, for the demo mappings). Every Haven code is checked against the registry before it is stored;
 * every change is audited (entity types "dhis2_connection" and "dhis2_mapping").
 */
@Service
class Dhis2MappingService {

    private static final Pattern CONNECTION_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern DHIS2_ID = Pattern.compile("[^\\s;=]{1,200}");
    private static final Pattern ADX_ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*=[^;=]+");

    private final Dhis2MappingStore store;
    private final DataElementCatalog elements;
    private final DataSetCatalog dataSets;
    private final OrgUnitDirectory orgUnits;
    private final PartnerDirectory partners;
    private final AuditLog audit;
    private final CurrentUser user;

    Dhis2MappingService(Dhis2MappingStore store, DataElementCatalog elements, DataSetCatalog dataSets,
            OrgUnitDirectory orgUnits, PartnerDirectory partners, AuditLog audit, CurrentUser user) {
        this.store = store;
        this.elements = elements;
        this.dataSets = dataSets;
        this.orgUnits = orgUnits;
        this.partners = partners;
        this.audit = audit;
        this.user = user;
    }

    boolean canManage() {
        return user.get().isEmpty() || user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    @Transactional(readOnly = true)
    List<Dhis2Connection> connections() {
        return store.connections();
    }

    @Transactional(readOnly = true)
    Dhis2Connection connection(String code) {
        return store.connection(code).orElseThrow(() -> new NotFoundException("DHIS2 connection", code));
    }

    @Transactional(readOnly = true)
    List<Dhis2Mapping> mappings(String connection) {
        connection(connection);
        return store.mappings(connection);
    }

    @Transactional(readOnly = true)
    Dhis2MappingTable table(String connection) {
        return new Dhis2MappingTable(connection(connection), store.mappings(connection));
    }

    @Transactional
    Dhis2Connection addConnection(String code, String name, String country, String baseUrl, boolean demo) {
        requireManager();
        List<FieldProblem> problems = new ArrayList<>();
        String c = trim(code);
        if (c.isEmpty() || !CONNECTION_CODE.matcher(c).matches()) {
            problems.add(new FieldProblem("code", "a code of 1 to 40 letters, digits, _ . or - is required"));
        } else if (store.connection(c).isPresent()) {
            problems.add(new FieldProblem("code", "a connection '" + c + "' exists already"));
        }
        String n = trim(name);
        if (n.isEmpty() || n.length() > 200) {
            problems.add(new FieldProblem("name", "a name of at most 200 characters is required"));
        }
        String iso = trim(country).toUpperCase(Locale.ROOT);
        if (!iso.isEmpty() && !orgUnits.isCountry(iso)) {
            problems.add(new FieldProblem("country", "'" + iso + "' is not a country code (ISO alpha-3, e.g. KEN)"));
        }
        String url = trim(baseUrl);
        if (!url.isEmpty() && (url.length() > 500 || !url.matches("https?://\\S+"))) {
            problems.add(new FieldProblem("baseUrl", "an http(s) address of at most 500 characters, or nothing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Dhis2Connection connection = new Dhis2Connection(c, n, iso.isEmpty() ? null : iso, url.isEmpty() ? null : url,
                demo);
        store.insertConnection(connection, actor(), now());
        audit.record("dhis2_connection", c, AuditAction.CREATE, "DHIS2 connection " + c + " added", null, connection);
        return connection;
    }

    @Transactional
    void deleteConnection(String code) {
        requireManager();
        Dhis2Connection c = connection(code);
        int mappings = store.mappings(code).size();
        store.deleteConnection(code);
        audit.record("dhis2_connection", code, AuditAction.DELETE, "DHIS2 connection " + code + " deleted with "
                + mappings + " mappings", c, null);
    }

    @Transactional
    Dhis2Mapping add(String connection, Dhis2MappingInput input) {
        requireManager();
        Dhis2Connection c = connection(connection);
        Normalised n = normalise(c, input, "");
        if (!n.problems.isEmpty()) {
            throw new InvalidInputException(n.problems);
        }
        return insert(c, n, false);
    }

    /**
     * Adds every row of a mapping CSV (columns kind, dhis2_id, haven_code, data_element) in one transaction: all or
     * nothing, problems named "rows[i].field" (i = 0-based data row). Returns how many were added.
     */
    @Transactional
    int addAll(String connection, List<Dhis2MappingInput> inputs) {
        requireManager();
        Dhis2Connection c = connection(connection);
        List<FieldProblem> problems = new ArrayList<>();
        List<Normalised> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Normalised n = normalise(c, inputs.get(i), "rows[" + i + "].");
            problems.addAll(n.problems);
            if (n.problems.isEmpty()) {
                Integer first = seen.putIfAbsent(n.kind + "|" + n.dhis2Id + "|" + n.dataElement, i);
                if (first != null) {
                    problems.add(new FieldProblem("rows[" + i + "].dhis2_id", "repeats row " + first));
                }
                rows.add(n);
            }
        }
        if (inputs.isEmpty()) {
            problems.add(new FieldProblem("file", "the file has no mapping rows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Normalised n : rows) {
            insert(c, n, false);
        }
        return rows.size();
    }

    /** Adds demo mappings as the system; they are removed with the rest of the demo data. */
    @Transactional
    void addDemo(String connection, List<Dhis2MappingInput> inputs) {
        Dhis2Connection c = connection(connection);
        for (Dhis2MappingInput in : inputs) {
            Normalised n = normalise(c, in, "");
            if (!n.problems.isEmpty()) {
                throw new InvalidInputException(n.problems);
            }
            insert(c, n, true);
        }
    }

    @Transactional
    void delete(String connection, long id) {
        requireManager();
        Dhis2Mapping m = store.mapping(id).filter(x -> x.connection().equals(connection))
                .orElseThrow(() -> new NotFoundException("DHIS2 mapping", id + " of connection " + connection));
        store.delete(id);
        audit.record("dhis2_mapping", id, AuditAction.DELETE, "DHIS2 mapping " + m.kind() + " " + m.dhis2Id()
                + " deleted from " + connection, m, null);
    }

    @Transactional(readOnly = true)
    long demoCount() {
        return store.demoCount();
    }

    @Transactional
    long removeDemo() {
        long count = store.demoCount();
        if (count == 0) {
            return 0;
        }
        long removed = store.removeDemo();
        audit.record("dhis2_mapping", "demo", AuditAction.DELETE, "Demo DHIS2 connections and mappings removed ("
                + removed + " rows)", Map.of("rows", count), null);
        return removed;
    }

    private Dhis2Mapping insert(Dhis2Connection c, Normalised n, boolean demo) {
        long id = store.insert(c.code(), n.kind, n.dhis2Id, n.havenCode, n.dataElement, demo, actor(), now());
        Dhis2Mapping m = store.mapping(id).orElseThrow();
        audit.record("dhis2_mapping", id, AuditAction.CREATE, "DHIS2 mapping " + n.kind + " " + n.dhis2Id + " -> '"
                + n.havenCode + "' added to " + c.code(), null, m);
        return m;
    }

    private record Normalised(Dhis2MappingKind kind, String dhis2Id, String havenCode, String dataElement,
            List<FieldProblem> problems) {
    }

    private Normalised normalise(Dhis2Connection c, Dhis2MappingInput in, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        Dhis2MappingKind kind = null;
        try {
            kind = Dhis2MappingKind.valueOf(trim(in.kind()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(prefix + "kind", "'" + trim(in.kind()) + "' is not one of DATA_SET, "
                    + "DATA_ELEMENT, CATEGORY_OPTION_COMBO, CATEGORY_OPTION, ATTRIBUTE_OPTION_COMBO, ORG_UNIT"));
        }
        String id = trim(in.dhis2Id());
        String haven = trim(in.havenCode());
        String element = trim(in.dataElement());
        if (kind == null) {
            return new Normalised(null, id, haven, element, problems);
        }
        boolean adx = kind == Dhis2MappingKind.CATEGORY_OPTION
                || kind == Dhis2MappingKind.ATTRIBUTE_OPTION_COMBO && id.contains("=");
        if (adx) {
            String[] parts = id.split(";");
            boolean ok = !id.isEmpty() && id.length() <= 200;
            for (String p : parts) {
                ok &= ADX_ATTRIBUTE.matcher(p.trim()).matches();
            }
            if (!ok || kind == Dhis2MappingKind.CATEGORY_OPTION && parts.length != 1) {
                problems.add(new FieldProblem(prefix + "dhis2Id", kind == Dhis2MappingKind.CATEGORY_OPTION
                        ? "an ADX attribute CATEGORY=OPTION is required (e.g. GENDER=FMLE)"
                        : "ADX attributes CATEGORY=OPTION;CATEGORY=OPTION are required"));
            } else {
                id = Dhis2MappingTable.adxKey(Dhis2MappingTable.attributes(id));
            }
        } else if (!DHIS2_ID.matcher(id).matches()) {
            problems.add(new FieldProblem(prefix + "dhis2Id",
                    "a DHIS2 uid or code (1 to 200 characters, no spaces, ';' or '=') is required"));
        }
        if (!element.isEmpty() && kind != Dhis2MappingKind.CATEGORY_OPTION_COMBO) {
            problems.add(new FieldProblem(prefix + "dataElement", "only a category option combo mapping names a "
                    + "data element"));
        }
        String problem = switch (kind) {
            case DATA_SET -> dataSets.find(haven).isPresent() ? null : "unknown Haven data set '" + haven + "'";
            case DATA_ELEMENT -> elementProblem(haven);
            case ORG_UNIT -> orgUnitProblem(c, haven);
            case ATTRIBUTE_OPTION_COMBO -> haven.isEmpty() || partners.find(haven).isPresent() ? null
                    : "unknown partner '" + haven + "' (leave empty for 'no partner')";
            case CATEGORY_OPTION -> optionProblem(haven);
            case CATEGORY_OPTION_COMBO -> {
                if (!element.isEmpty()) {
                    String p = elementProblem(element);
                    if (p != null) {
                        problems.add(new FieldProblem(prefix + "dataElement", p));
                        yield null;
                    }
                }
                yield comboProblem(haven, element);
            }
        };
        if (problem != null) {
            problems.add(new FieldProblem(prefix + "havenCode", problem));
        }
        if ((kind == Dhis2MappingKind.CATEGORY_OPTION_COMBO || kind == Dhis2MappingKind.CATEGORY_OPTION)
                && problems.isEmpty()) {
            haven = ValueKey.combo(ValueKey.parseCombo(haven));
        }
        if (problems.isEmpty() && store.exists(c.code(), kind, id, element)) {
            problems.add(new FieldProblem(prefix + "dhis2Id", "'" + id + "' is mapped already in " + c.code()
                    + (element.isEmpty() ? "" : " for " + element) + ": delete that mapping first"));
        }
        return new Normalised(kind, id, haven, element, problems);
    }

    private String elementProblem(String code) {
        Optional<ElementDefinition> e = elements.element(code);
        if (e.isEmpty()) {
            return "unknown Haven data element '" + code + "'";
        }
        return e.get().derived() ? code + " is derived from the " + e.get().derivedFrom() + " register and cannot "
                + "be imported" : null;
    }

    private String orgUnitProblem(Dhis2Connection c, String code) {
        Optional<OrgUnit> ou = orgUnits.find(code);
        if (ou.isEmpty()) {
            return "unknown Haven org unit '" + code + "'";
        }
        if (c.country() != null && !List.of(ou.get().path().split("/")).contains(c.country())) {
            return code + " is not in " + c.country() + ", the country of connection " + c.code();
        }
        return null;
    }

    private String optionProblem(String havenOption) {
        Map<String, String> parsed;
        try {
            parsed = ValueKey.parseCombo(havenOption);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (parsed.size() != 1) {
            return "one Haven category option CATEGORY:OPTION is required (e.g. SEX:F)";
        }
        return comboProblem(havenOption, "");
    }

    /** Null when every CAT:OPT of the combination exists (on the element, when one is named). */
    private String comboProblem(String combo, String element) {
        Map<String, String> parsed;
        try {
            parsed = ValueKey.parseCombo(combo);
        } catch (IllegalArgumentException e) {
            return e.getMessage() + " (write CAT:OPT;CAT:OPT, or nothing for the total)";
        }
        List<ElementDefinition> candidates = element.isEmpty() ? elements.elements()
                : elements.element(element).map(List::of).orElse(List.of());
        for (Map.Entry<String, String> e : parsed.entrySet()) {
            boolean found = false;
            for (ElementDefinition d : candidates) {
                Optional<CategoryDefinition> cat = d.category(e.getKey());
                if (cat.isPresent() && cat.get().hasOption(e.getValue())) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return "'" + e.getKey() + ":" + e.getValue() + "' is not a category option"
                        + (element.isEmpty() ? " of any data element" : " of " + element);
            }
        }
        return null;
    }

    private void requireManager() {
        if (user.get().isPresent()) {
            user.require("change DHIS2 mappings", Role.ADMIN, Role.MEL_OFFICER);
        }
    }

    private String actor() {
        return user.get().isEmpty() ? "system" : user.username();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
