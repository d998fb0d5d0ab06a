package org.haven.data;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One value a register (participation, communication...) derives for a derived data element: the org unit, the ISO
 * period, the category options ({@code {"SEX": "F", "AGE": "Y10T14"}}; empty for the total) and optionally the
 * partner the value is attributed to ({@code null} for none).
 */
public record DerivedValue(String orgUnit, String period, Map<String, String> categories, String partner,
        BigDecimal value) {

    public DerivedValue {
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }
}
