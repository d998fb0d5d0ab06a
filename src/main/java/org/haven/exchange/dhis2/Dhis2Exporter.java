package org.haven.exchange.dhis2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.data.DataSet;
import org.haven.data.DataSetCatalog;
import org.haven.data.DataValueQuery;
import org.haven.data.DataValueService;
import org.haven.data.Period;
import org.haven.data.StoredValue;
import org.springframework.stereotype.Service;

/**
 * Exports stored values as a DHIS2 data value set (JSON, CSV) or ADX through the reverse mapping of a connection.
 * Query parameters may name DHIS2 identifiers (mapped) or Haven codes; periods may be DHIS2 or Haven periods. Values
 * whose element, org unit, disaggregation or partner has no mapping cannot be expressed in DHIS2 terms and are
 * counted as skipped.
 */
@Service
class Dhis2Exporter {

    private final DataValueService values;
    private final DataSetCatalog dataSets;

    Dhis2Exporter(DataValueService values, DataSetCatalog dataSets) {
        this.values = values;
        this.dataSets = dataSets;
    }

    /** What to export: DHIS2 ids or Haven codes; empty periods = all periods. */
    record Query(List<String> dataSets, List<String> dataElements, List<String> orgUnits, List<String> periods,
            boolean children) {
    }

    /** The exported values in DHIS2 identifiers, and how many values were stored. */
    record Export(String dataSet, List<Dhis2Json.Value> values, List<Adx.Value> adx, int stored) {

        /** Stored values that the format cannot express for lack of a mapping. */
        int skipped(Dhis2Format format) {
            return stored - (format == Dhis2Format.ADX ? adx.size() : values.size());
        }
    }

    Export export(Dhis2MappingTable table, Query q) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> elements = new LinkedHashSet<>();
        String dataSetId = null;
        for (String ds : q.dataSets()) {
            String code = table.dataSet(ds).orElse(ds);
            Optional<DataSet> set = dataSets.find(code);
            if (set.isEmpty()) {
                problems.add(new FieldProblem("dataSet", "unknown data set '" + ds + "' (neither a mapped DHIS2 data "
                        + "set nor a Haven data set code)"));
            } else {
                elements.addAll(set.get().dataElements());
                dataSetId = dataSetId == null ? table.dhis2DataSet(code).orElse(ds) : dataSetId;
            }
        }
        for (String de : q.dataElements()) {
            elements.add(table.dataElement(de).orElse(de));
        }
        List<String> orgUnits = q.orgUnits().stream().map(ou -> table.orgUnit(ou).orElse(ou)).toList();
        List<String> periods = new ArrayList<>();
        for (String p : q.periods()) {
            try {
                periods.add(period(p).iso());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("period", e.getMessage()));
            }
        }
        if (elements.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("dataSet", "name a dataSet or at least one dataElement"));
        }
        if (orgUnits.isEmpty()) {
            problems.add(new FieldProblem("orgUnit", "name at least one orgUnit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<StoredValue> stored = values.find(new DataValueQuery(List.copyOf(elements), orgUnits, periods,
                q.children()));
        List<Dhis2Json.Value> out = new ArrayList<>();
        List<Adx.Value> adx = new ArrayList<>();
        for (StoredValue v : stored) {
            Optional<String> de = table.dhis2DataElement(v.key().dataElement());
            Optional<String> ou = table.dhis2OrgUnit(v.key().orgUnit());
            Optional<String> coc = table.dhis2Combo(v.key().dataElement(), v.key().combo());
            Optional<String> aoc = table.dhis2Partner(v.key().partner());
            Optional<Map<String, String>> adxCategories = table.adxCombo(v.key().combo());
            Optional<Map<String, String>> adxAttributes = table.adxPartner(v.key().partner());
            Period period = Period.parse(v.key().period());
            String value = v.value().stripTrailingZeros().toPlainString();
            boolean json = de.isPresent() && ou.isPresent() && coc.isPresent()
                    && (aoc.isPresent() || v.key().partner() == null);
            boolean asAdx = de.isPresent() && ou.isPresent() && adxCategories.isPresent() && adxAttributes.isPresent();
            if (json) {
                out.add(new Dhis2Json.Value(de.get(), Dhis2Periods.toDhis2(period), ou.get(), coc.get(),
                        aoc.orElse(null), value, v.storedBy(), v.storedAt() == null ? null : v.storedAt().toString(),
                        v.comment(), v.followUp()));
            }
            if (asAdx) {
                adx.add(new Adx.Value(ou.get(), Dhis2Periods.toAdx(period), adxAttributes.get(), de.get(),
                        adxCategories.get(), value, v.comment()));
            }
        }
        return new Export(dataSetId, out, adx, stored.size());
    }

    private static Period period(String p) {
        try {
            return Dhis2Periods.fromDhis2(p);
        } catch (IllegalArgumentException e) {
            return Period.parse(p);
        }
    }
}
