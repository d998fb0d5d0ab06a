package org.haven.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds values far from the same element, combination, partner and org unit's own history (the previous periods
 * of the same type) and flags them for follow-up through {@link DataValueService#write} (same value, follow-up set).
 */
@Service
public class OutlierService {

    /** How many previous periods make up a value's history. */
    static final int HISTORY_PERIODS = 12;

    private final DataValueService values;
    private final CurrentUser user;

    OutlierService(DataValueService values, CurrentUser user) {
        this.values = values;
        this.user = user;
    }

    boolean canFlag() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    /** The outliers among the selected values, in the order found. */
    @Transactional(readOnly = true)
    public List<Outlier> find(DataValueQuery selection, OutlierMethod method, double threshold) {
        List<StoredValue> selected = values.find(selection).stream().filter(v -> v.value() != null).toList();
        if (selected.isEmpty()) {
            return List.of();
        }
        Set<String> elements = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        Set<String> periods = new LinkedHashSet<>();
        for (StoredValue v : selected) {
            elements.add(v.key().dataElement());
            units.add(v.key().orgUnit());
            Period p = Period.parse(v.key().period());
            for (int i = 0; i < HISTORY_PERIODS; i++) {
                p = p.previous();
                periods.add(p.iso());
            }
        }
        Map<String, Double> past = new HashMap<>();
        for (StoredValue h : values.find(new DataValueQuery(List.copyOf(elements), List.copyOf(units),
                List.copyOf(periods), false))) {
            if (h.value() != null) {
                past.put(cell(h.key()) + "@" + Period.parse(h.key().period()).iso(), h.value().doubleValue());
            }
        }
        List<Outlier> out = new ArrayList<>();
        for (StoredValue v : selected) {
            List<Double> history = new ArrayList<>();
            Period p = Period.parse(v.key().period());
            for (int i = 0; i < HISTORY_PERIODS; i++) {
                p = p.previous();
                Double h = past.get(cell(v.key()) + "@" + p.iso());
                if (h != null) {
                    history.add(h);
                }
            }
            OutlierDetector.check(v.value().doubleValue(), history, method, threshold).ifPresent(f ->
                    out.add(new Outlier(v, method, f.reason(), history.size(), f.mean(), f.low(), f.high())));
        }
        return out;
    }

    /**
     * Finds the outliers of the selection and sets follow-up on those not yet flagged (ADMIN and MEL_OFFICER),
     * keeping value, comment and source; returns every outlier found.
     */
    @Transactional
    public List<Outlier> flag(DataValueQuery selection, OutlierMethod method, double threshold) {
        user.require("flag values for follow-up", Role.ADMIN, Role.MEL_OFFICER);
        List<Outlier> found = find(selection, method, threshold);
        Map<ValueSource, List<DataValueInput>> bySource = new HashMap<>();
        for (Outlier o : found) {
            StoredValue v = o.value();
            if (!v.followUp()) {
                bySource.computeIfAbsent(Optional.ofNullable(v.source()).orElse(ValueSource.DERIVED),
                        k -> new ArrayList<>()).add(new DataValueInput(v.key(), v.value(), v.comment(), true));
            }
        }
        bySource.forEach((source, items) -> values.write(items, source));
        return found.stream().map(o -> new Outlier(flagged(o.value()), o.method(), o.reason(), o.history(), o.mean(),
                o.low(), o.high())).toList();
    }

    private static StoredValue flagged(StoredValue v) {
        return new StoredValue(v.key(), v.value(), v.comment(), true, v.source(), v.storedBy(), v.storedAt(),
                v.version());
    }

    /** The cell of a value regardless of period: element, org unit, combination and partner. */
    private static String cell(ValueKey k) {
        return k.dataElement() + "|" + k.orgUnit() + "|" + k.combo() + "|" + Objects.toString(k.partner(), "");
    }
}
