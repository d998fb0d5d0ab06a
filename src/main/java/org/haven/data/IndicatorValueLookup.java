package org.haven.data;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.indicator.Formulas;

/**
 * Turns the stored values of one org unit and period into the numbers formula references stand for. A reference
 * takes the value stored for exactly its combination ({@code #{X}}: the total, {@code #{X.SEX:F}}: the value with
 * only SEX:F); when none is stored, the sum of the most detailed stored values that match it (e.g. the female
 * values of every age band). Partner-attributed values add up. Nothing stored and nothing matching: no value.
 */
final class IndicatorValueLookup {

    private IndicatorValueLookup() {
    }

    /** Values keyed as the references are written; references without data are absent. */
    static Map<String, Double> values(Collection<Formulas.Reference> references, List<StoredValue> stored) {
        Map<String, Map<Map<String, String>, BigDecimal>> byElement = new HashMap<>();
        for (StoredValue v : stored) {
            if (v.value() != null) {
                byElement.computeIfAbsent(v.key().dataElement(), k -> new HashMap<>())
                        .merge(v.key().categories(), v.value(), BigDecimal::add);
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (Formulas.Reference r : references) {
            Map<Map<String, String>, BigDecimal> combos = byElement.get(r.element());
            if (combos != null) {
                BigDecimal v = resolve(r, combos);
                if (v != null) {
                    out.put(r.key(), v.doubleValue());
                }
            }
        }
        return out;
    }

    private static BigDecimal resolve(Formulas.Reference r, Map<Map<String, String>, BigDecimal> combos) {
        Map<String, String> wanted = r.category() == null ? Map.of() : Map.of(r.category(), r.option());
        BigDecimal exact = combos.get(wanted);
        if (exact != null) {
            return exact;
        }
        int detail = -1;
        BigDecimal sum = null;
        for (Map.Entry<Map<String, String>, BigDecimal> e : combos.entrySet()) {
            if (!e.getKey().entrySet().containsAll(wanted.entrySet())) {
                continue;
            }
            int size = e.getKey().size();
            if (size > detail) {
                detail = size;
                sum = e.getValue();
            } else if (size == detail) {
                sum = sum.add(e.getValue());
            }
        }
        return sum;
    }
}
