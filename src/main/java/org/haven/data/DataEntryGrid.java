package org.haven.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.OptionDefinition;
import org.haven.indicator.ValueType;
import org.springframework.stereotype.Component;

/**
 * Builds the entry tables of a data set for one org unit and period: one table per data element, filled with the
 * stored values of the period and last period's values of the same cells.
 */
@Component
class DataEntryGrid {

    private final DataElementCatalog elements;
    private final DataValueService values;

    DataEntryGrid(DataElementCatalog elements, DataValueService values) {
        this.elements = elements;
        this.values = values;
    }

    List<DataEntryTable> build(DataSet set, String orgUnit, Period period, String partner, String valueColumn) {
        List<ElementDefinition> defs = set.dataElements().stream()
                .map(elements::element).flatMap(java.util.Optional::stream).toList();
        List<String> codes = defs.stream().map(ElementDefinition::code).toList();
        Map<String, StoredValue> current = index(codes, orgUnit, period.iso(), partner);
        Map<String, StoredValue> previous = index(codes, orgUnit, period.previous().iso(), partner);
        List<DataEntryTable> tables = new ArrayList<>();
        for (ElementDefinition def : defs) {
            tables.add(table(tables.size(), def, orgUnit, period, partner, current, previous, valueColumn));
        }
        return tables;
    }

    /** The cells of each element of the set in a full form: the product of its categories' option counts. */
    Map<String, Integer> cellsPerElement(DataSet set) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (String code : set.dataElements()) {
            elements.element(code).ifPresent(def -> {
                int n = 1;
                for (CategoryDefinition c : def.categories()) {
                    n *= Math.max(1, c.options().size());
                }
                cells.put(code, n);
            });
        }
        return cells;
    }

    private DataEntryTable table(int index, ElementDefinition def, String orgUnit, Period period, String partner,
            Map<String, StoredValue> current, Map<String, StoredValue> previous, String valueColumn) {
        List<CategoryDefinition> cats = def.categories();
        List<OptionDefinition> rowOptions = cats.isEmpty() ? List.of() : cats.get(0).options();
        List<List<Choice>> columnCombos = combinations(cats.size() > 1 ? cats.subList(1, cats.size()) : List.of());
        List<String> columns = columnCombos.stream()
                .map(combo -> combo.isEmpty() ? valueColumn
                        : String.join(", ", combo.stream().map(c -> c.option().name()).toList()))
                .toList();
        List<DataEntryRow> rows = new ArrayList<>();
        int rowCount = Math.max(1, rowOptions.size());
        for (int r = 0; r < rowCount; r++) {
            OptionDefinition rowOption = rowOptions.isEmpty() ? null : rowOptions.get(r);
            List<DataEntryCell> cells = new ArrayList<>();
            for (int c = 0; c < columnCombos.size(); c++) {
                Map<String, String> categories = new HashMap<>();
                List<String> labelParts = new ArrayList<>();
                if (rowOption != null) {
                    categories.put(cats.get(0).code(), rowOption.code());
                    labelParts.add(rowOption.name());
                }
                for (Choice choice : columnCombos.get(c)) {
                    categories.put(choice.category(), choice.option().code());
                    labelParts.add(choice.option().name());
                }
                labelParts.add(def.name());
                String combo = new ValueKey(def.code(), orgUnit, period.iso(), categories, partner).combo();
                StoredValue now = current.get(def.code() + "|" + combo);
                StoredValue before = previous.get(def.code() + "|" + combo);
                cells.add(new DataEntryCell("c" + index + "-" + r + "-" + c, String.join(", ", labelParts), combo, r, c,
                        now == null ? "" : plain(now.value()), before == null ? null : plain(before.value()),
                        now == null ? null : now.comment(), now != null && now.followUp()));
            }
            rows.add(new DataEntryRow(rowOption == null ? def.name() : rowOption.name(), cells));
        }
        String kind = def.valueType() == ValueType.BOOLEAN ? "BOOLEAN"
                : def.valueType() == ValueType.MILESTONE ? "MILESTONE" : "NUMBER";
        return new DataEntryTable(index, def.code(), def.name(), kind, cats.isEmpty() ? null : cats.get(0).name(),
                columns, rows, def.milestoneStages());
    }

    private Map<String, StoredValue> index(List<String> codes, String orgUnit, String period, String partner) {
        Map<String, StoredValue> map = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return map;
        }
        for (StoredValue v : values.find(new DataValueQuery(codes, List.of(orgUnit), List.of(period), false))) {
            if (Objects.equals(blankToNull(v.key().partner()), blankToNull(partner))) {
                map.put(v.key().dataElement() + "|" + v.key().combo(), v);
            }
        }
        return map;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    private record Choice(String category, OptionDefinition option) {
    }

    /** Every combination of one option per category, the first category varying slowest; one empty one for none. */
    private static List<List<Choice>> combinations(List<CategoryDefinition> cats) {
        List<List<Choice>> result = new ArrayList<>();
        result.add(List.of());
        for (CategoryDefinition cat : cats) {
            List<List<Choice>> next = new ArrayList<>();
            for (List<Choice> prefix : result) {
                for (OptionDefinition o : cat.options()) {
                    List<Choice> combo = new ArrayList<>(prefix);
                    combo.add(new Choice(cat.code(), o));
                    next.add(combo);
                }
            }
            result = next;
        }
        return result;
    }
}
