package org.haven.comms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.data.DataValueQuery;
import org.haven.data.DataValueService;
import org.haven.data.DerivedValue;
import org.haven.data.DerivedValues;
import org.haven.data.Period;
import org.haven.data.PeriodType;
import org.haven.data.StoredValue;
import org.haven.data.ValueKey;
import org.springframework.stereotype.Component;

/**
 * The register's derived data element COMMS_REACHED: people reached by delivered products, per org unit, quarter of
 * the product date, audience and sex, recomputed from every product and written through {@link DerivedValues} in the
 * caller's transaction (not rewritten when unchanged). Years roll up from their quarters.
 */
@Component
class CommsFigures {

    static final String REGISTER = "comms";
    static final String REACHED = "COMMS_REACHED";

    private final ProductStore store;
    private final DerivedValues derived;
    private final DataValueService values;

    CommsFigures(ProductStore store, DerivedValues derived, DataValueService values) {
        this.store = store;
        this.derived = derived;
        this.values = values;
    }

    void recompute() {
        List<DerivedValue> computed = reached(store.deliveredReach());
        Map<String, BigDecimal> stored = new HashMap<>();
        for (StoredValue v : values.find(new DataValueQuery(List.of(REACHED), List.of(), List.of(), false))) {
            stored.put(key(v.key().orgUnit(), v.key().period(), v.key().categories()), v.value());
        }
        Map<String, BigDecimal> wanted = new HashMap<>();
        computed.forEach(d -> wanted.put(key(d.orgUnit(), d.period(), d.categories()), d.value()));
        boolean same = stored.keySet().equals(wanted.keySet()) && stored.entrySet().stream()
                .allMatch(e -> e.getValue().compareTo(wanted.get(e.getKey())) == 0);
        if (!same) {
            derived.replace(REGISTER, REACHED, computed);
        }
    }

    static List<DerivedValue> reached(List<ProductStore.ReachFact> facts) {
        Map<List<String>, Long> sums = new HashMap<>();
        for (ProductStore.ReachFact f : facts) {
            String quarter = Period.containing(PeriodType.QUARTERLY, f.date()).iso();
            sums.merge(List.of(f.orgUnit(), quarter, f.audience(), f.sex()), (long) f.people(), Long::sum);
        }
        List<DerivedValue> out = new ArrayList<>();
        sums.forEach((k, n) -> out.add(new DerivedValue(k.get(0), k.get(1),
                Map.of(Audiences.CATEGORY, k.get(2), Audiences.SEX_CATEGORY, k.get(3)), null, BigDecimal.valueOf(n))));
        return out;
    }

    private static String key(String orgUnit, String period, Map<String, String> categories) {
        return orgUnit + "|" + period + "|" + ValueKey.combo(categories);
    }
}
