package org.haven.exchange.dhis2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.data.DataValueInput;
import org.haven.data.DataValueService;
import org.haven.data.ItemProblem;
import org.haven.data.ValueKey;
import org.haven.data.WriteSummary;
import org.haven.exchange.dhis2.Dhis2ImportSummary.Conflict;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports a read data value set: maps every row's DHIS2 identifiers through the connection's mappings (unknown ones
 * become conflicts naming the row index and field), then hands the values to {@link DataValueService}, so codes,
 * values, scope (403), approval, entry windows, history and audit apply exactly as for any other write. All or
 * nothing unless atomicMode=NONE.
 */
@Service
class Dhis2Importer {

    static final int MAX_CONFLICTS = 1000;
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(.+)");
    private static final Pattern SCOPE = Pattern.compile("items\\[(\\d+)]\\.(\\w+): (.*)", Pattern.DOTALL);

    private final DataValueService values;

    Dhis2Importer(DataValueService values) {
        this.values = values;
    }

    private record Mapped(Dhis2Row row, DataValueInput input) {
    }

    Dhis2ImportSummary run(Dhis2Read read, Dhis2MappingTable table, Dhis2ImportOptions options) {
        List<Conflict> conflicts = new ArrayList<>(read.conflicts());
        List<Mapped> mapped = new ArrayList<>();
        for (Dhis2Row row : read.rows()) {
            int before = conflicts.size();
            DataValueInput input = map(row, table, options, conflicts);
            if (conflicts.size() == before) {
                mapped.add(new Mapped(row, input));
            }
        }
        int rows = read.rows().size() + read.conflicts().size();
        String connection = table.connection().code();
        if (rows == 0) {
            throw InvalidInputException.of("dataValues", "the data value set has no data values");
        }
        List<DataValueInput> items = mapped.stream().map(Mapped::input).toList();
        if (conflicts.isEmpty()) {
            try {
                WriteSummary s = options.dryRun() ? values.preview(items) : values.write(items, options.source());
                return summary("SUCCESS", options, connection, s, 0, List.of(), rows);
            } catch (InvalidInputException e) {
                conflicts.addAll(fromProblems(e.problems(), mapped));
            } catch (AccessDeniedException e) {
                throw inRowTerms(e, mapped);
            }
        } else if (!items.isEmpty()) {
            for (ItemProblem p : values.check(items)) {
                conflicts.add(conflict(mapped.get(p.index()).row(), p.field(), p.message()));
            }
        }
        Set<Integer> bad = new HashSet<>();
        conflicts.forEach(c -> bad.addAll(c.indexes()));
        if (options.atomic() || bad.size() >= rows) {
            return summary("ERROR", options, connection, new WriteSummary(0, 0, 0, 0), rows, conflicts, rows);
        }
        List<DataValueInput> clean = mapped.stream().filter(m -> !bad.contains(m.row().index()))
                .map(Mapped::input).toList();
        WriteSummary s = options.dryRun() ? values.preview(clean) : values.write(clean, options.source());
        return summary("WARNING", options, connection, s, rows - clean.size(), conflicts, rows);
    }

    private static Dhis2ImportSummary summary(String status, Dhis2ImportOptions options, String connection,
            WriteSummary s, int refused, List<Conflict> conflicts, int rows) {
        String description = switch (status) {
            case "SUCCESS" -> options.dryRun() ? "Dry run: all " + rows + " rows can be imported; nothing was stored"
                    : "Import process completed successfully: " + rows + " rows";
            case "WARNING" -> (options.dryRun() ? "Dry run: " : "") + refused + " of " + rows + " rows have problems; "
                    + (options.dryRun() ? "the others can be imported" : "the others were stored (atomicMode=NONE)");
            default -> refused(conflicts) + " of " + rows + " rows have problems: nothing was stored";
        };
        List<Conflict> shown = conflicts.size() > MAX_CONFLICTS ? conflicts.subList(0, MAX_CONFLICTS) : conflicts;
        if (shown.size() < conflicts.size()) {
            description += " (first " + MAX_CONFLICTS + " of " + conflicts.size() + " conflicts listed)";
        }
        return new Dhis2ImportSummary("ImportSummary", status, description, options.dryRun(), connection,
                new Dhis2ImportSummary.ImportCount(s.created(), s.updated(), s.unchanged() + refused, s.deleted()),
                List.copyOf(shown));
    }

    private static long refused(List<Conflict> conflicts) {
        return conflicts.stream().flatMap(c -> c.indexes().stream()).distinct().count();
    }

    private DataValueInput map(Dhis2Row row, Dhis2MappingTable table, Dhis2ImportOptions options,
            List<Conflict> conflicts) {
        String c = table.connection().code();
        String element = lookup(row, "dataElement", row.dataElement(), table::dataElement, "data element", c,
                conflicts);
        String orgUnit = lookup(row, "orgUnit", row.orgUnit(), table::orgUnit, "org unit", c, conflicts);
        String period = null;
        try {
            period = (row.adx() ? Dhis2Periods.fromAdx(row.period()) : Dhis2Periods.fromDhis2(row.period())).iso();
        } catch (IllegalArgumentException e) {
            conflicts.add(conflict(row, "period", e.getMessage()));
        }
        Map<String, String> categories = element == null ? null : categories(row, element, table, conflicts);
        String partner = partner(row, table, conflicts);
        BigDecimal value = options.delete() ? null : value(row, conflicts);
        if (element == null || orgUnit == null || period == null || categories == null || partner == null) {
            return null;
        }
        return new DataValueInput(new ValueKey(element, orgUnit, period, categories, partner.isEmpty() ? null : partner),
                value, row.comment(), row.followUp());
    }

    private static String lookup(Dhis2Row row, String field, String id,
            java.util.function.Function<String, Optional<String>> mapping, String what, String connection,
            List<Conflict> conflicts) {
        if (id == null || id.isBlank()) {
            conflicts.add(conflict(row, field, "a " + what + " is required"));
            return null;
        }
        Optional<String> haven = mapping.apply(id.trim());
        if (haven.isEmpty()) {
            conflicts.add(conflict(row, field, "unknown DHIS2 " + what + " '" + id + "': no mapping in connection "
                    + connection));
            return null;
        }
        return haven.get();
    }

    /** Haven categories of the row, or null after adding a conflict. */
    private static Map<String, String> categories(Dhis2Row row, String element, Dhis2MappingTable table,
            List<Conflict> conflicts) {
        if (!row.adx()) {
            String coc = row.categoryOptionCombo();
            if (coc == null || coc.isBlank()) {
                return Map.of();
            }
            Optional<String> combo = table.combo(coc.trim(), element);
            if (combo.isEmpty()) {
                conflicts.add(conflict(row, "categoryOptionCombo", "unknown DHIS2 category option combo '" + coc
                        + "' for " + row.dataElement() + ": no mapping in connection " + table.connection().code()));
                return null;
            }
            return ValueKey.parseCombo(combo.get());
        }
        Map<String, String> out = new TreeMap<>();
        boolean ok = true;
        for (Map.Entry<String, String> a : row.categories().entrySet()) {
            String attribute = a.getKey() + "=" + a.getValue();
            Optional<String> option = table.categoryOption(attribute);
            if (option.isEmpty()) {
                conflicts.add(new Conflict(attribute, "dataValues[" + row.index() + "]." + a.getKey()
                        + ": unknown ADX category option '" + attribute + "': no mapping in connection "
                        + table.connection().code(), a.getKey(), List.of(row.index())));
                ok = false;
            } else {
                out.putAll(ValueKey.parseCombo(option.get()));
            }
        }
        return ok ? out : null;
    }

    /** The partner code ("" for none), or null after adding a conflict. */
    private static String partner(Dhis2Row row, Dhis2MappingTable table, List<Conflict> conflicts) {
        String id = row.adx() ? Dhis2MappingTable.adxKey(row.attributes()) : row.attributeOptionCombo();
        if (id == null || id.isBlank()) {
            return table.partner("").orElse("");
        }
        Optional<String> partner = table.partner(id.trim());
        if (partner.isEmpty()) {
            conflicts.add(conflict(row, "attributeOptionCombo", "unknown DHIS2 attribute option combo '" + id
                    + "': no mapping in connection " + table.connection().code()));
            return null;
        }
        return partner.get();
    }

    private static BigDecimal value(Dhis2Row row, List<Conflict> conflicts) {
        String v = row.value() == null ? "" : row.value().trim();
        if (v.isEmpty()) {
            return null;
        }
        if (v.equalsIgnoreCase("true")) {
            return BigDecimal.ONE;
        }
        if (v.equalsIgnoreCase("false")) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            conflicts.add(conflict(row, "value", "'" + v + "' is not a number"));
            return null;
        }
    }

    /** The scope refusal with the row index of the file instead of the position among the mapped rows. */
    private static AccessDeniedException inRowTerms(AccessDeniedException e, List<Mapped> mapped) {
        Matcher m = e.getMessage() == null ? null : SCOPE.matcher(e.getMessage());
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) >= mapped.size()) {
            return e;
        }
        Dhis2Row row = mapped.get(Integer.parseInt(m.group(1))).row();
        return new AccessDeniedException("dataValues[" + row.index() + "]." + m.group(2) + " " + ("partner"
                .equals(m.group(2)) ? row.attributeOptionCombo() : row.orgUnit()) + ": " + m.group(3));
    }

    private static List<Conflict> fromProblems(List<FieldProblem> problems, List<Mapped> mapped) {
        List<Conflict> out = new ArrayList<>();
        for (FieldProblem p : problems) {
            Matcher m = ITEM_FIELD.matcher(p.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < mapped.size()) {
                out.add(conflict(mapped.get(Integer.parseInt(m.group(1))).row(), m.group(2), p.message()));
            } else {
                out.add(new Conflict(p.field(), p.message(), p.field(), List.of()));
            }
        }
        return out;
    }

    /** A conflict of one row, named by the DHIS2 identifier behind the Haven field. */
    private static Conflict conflict(Dhis2Row row, String havenField, String message) {
        String property = switch (havenField) {
            case "dataElement", "orgUnit", "period", "value", "comment", "categoryOptionCombo",
                    "attributeOptionCombo" -> havenField;
            case "partner" -> "attributeOptionCombo";
            default -> havenField.startsWith("categories.") ? "categoryOptionCombo" : havenField;
        };
        String object = switch (property) {
            case "dataElement" -> row.dataElement();
            case "orgUnit" -> row.orgUnit();
            case "period" -> row.period();
            case "value" -> row.value();
            case "categoryOptionCombo" -> row.adx() ? String.valueOf(row.categories()) : row.categoryOptionCombo();
            case "attributeOptionCombo" -> row.adx() ? String.valueOf(row.attributes()) : row.attributeOptionCombo();
            default -> null;
        };
        return new Conflict(object == null ? "" : object, "dataValues[" + row.index() + "]." + property + ": "
                + message, property, List.of(row.index()));
    }
}
