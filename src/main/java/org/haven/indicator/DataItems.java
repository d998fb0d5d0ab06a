package org.haven.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data items an analytics query can name as {@code dx} (every indicator and every data element), with what a
 * pivot table or chart needs to combine their values correctly: whether values are ratios (numerator / denominator x
 * multiplier) and how they aggregate across org units and across periods. Read-only.
 */
@Component
public class DataItems {

    /** INDICATOR or ELEMENT. */
    public enum Kind {
        INDICATOR, ELEMENT
    }

    /**
     * One data item. {@code type}: an indicator's type (COUNT, PERCENTAGE, RATIO, RATE, AVERAGE, YES_NO, MILESTONE);
     * for an element its value type (NUMBER, INTEGER, BOOLEAN, MILESTONE). {@code ratio} is true when values are
     * numerator / denominator x {@code multiplier}. {@code aggregationOrg}/{@code aggregationTime}: SUM, AVERAGE,
     * LAST or NONE.
     */
    public record DataItem(String code, String name, Kind kind, String type, boolean ratio, BigDecimal multiplier,
            String aggregationOrg, String aggregationTime, int decimals) {

        /** True when values can be added up (counts and numbers, not yes/no or milestone stages). */
        public boolean additive() {
            return !type.equals("YES_NO") && !type.equals("MILESTONE") && !type.equals("BOOLEAN");
        }
    }

    private final RegistryStore store;

    DataItems(RegistryStore store) {
        this.store = store;
    }

    /** Indicators by code, then data elements by code. */
    @Transactional(readOnly = true)
    public List<DataItem> all() {
        List<DataItem> out = new ArrayList<>();
        store.indicators().forEach(i -> out.add(item(i)));
        store.elements().forEach(e -> out.add(item(e)));
        return out;
    }

    /** The indicator with this code, else the data element with this code. */
    @Transactional(readOnly = true)
    public Optional<DataItem> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<DataItem> indicator = store.indicator(code).map(DataItems::item);
        return indicator.isPresent() ? indicator : store.element(code).map(DataItems::item);
    }

    private static DataItem item(Indicator i) {
        boolean ratio = i.denominator() != null && !i.denominator().isBlank();
        BigDecimal multiplier = i.multiplier() == null ? BigDecimal.ONE : i.multiplier();
        return new DataItem(i.code(), i.name(), Kind.INDICATOR, i.type().name(), ratio, multiplier,
                i.aggregationOrg().name(), i.aggregationTime().name(), i.decimals());
    }

    private static DataItem item(DataElement e) {
        return new DataItem(e.code(), e.name(), Kind.ELEMENT, e.valueType().name(), false, BigDecimal.ONE,
                e.aggregationOrg().name(), e.aggregationTime().name(), e.valueType() == ValueType.NUMBER ? 2 : 0);
    }
}
