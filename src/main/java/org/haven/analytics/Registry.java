package org.haven.analytics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.Formulas;
import org.haven.indicator.IndicatorTarget;
import org.haven.indicator.RegistrySnapshot;
import org.haven.indicator.RegistrySnapshot.ElementProfile;
import org.haven.indicator.RegistrySnapshot.IndicatorProfile;

/**
 * The registry as the engine uses it, derived once per registry change: indicators with parsed formulas, data
 * elements, categories with option positions, and baselines and targets keyed for lookup.
 */
final class Registry {

    /** An indicator with its parsed formulas; {@code numerator} is null when its formula does not parse. */
    record IndicatorDef(IndicatorProfile profile, Formulas.ParsedFormula numerator,
            Formulas.ParsedFormula denominator) {

        String code() {
            return profile.code();
        }

        boolean hasDenominator() {
            return profile.denominator() != null && !profile.denominator().isBlank();
        }

        double multiplier() {
            return profile.multiplier() == null ? 1 : profile.multiplier().doubleValue();
        }
    }

    final String stamp;
    private final Map<String, IndicatorDef> indicators = new LinkedHashMap<>();
    private final Map<String, ElementProfile> elements = new HashMap<>();
    private final Map<String, CategoryDefinition> categories = new HashMap<>();
    private final Map<String, Map<String, Integer>> optionPositions = new HashMap<>();
    private final Map<String, Targets> targets = new HashMap<>();

    /** One indicator's baselines (org unit -> combination -> value) and targets (org unit -> year|combination). */
    record Targets(Map<String, Map<String, Double>> baselines, Map<String, Map<String, Double>> targets) {

        Double baseline(String orgUnit, String combo) {
            Map<String, Double> m = baselines.get(orgUnit);
            return m == null ? null : m.get(combo);
        }

        Double target(String orgUnit, int year, String combo) {
            Map<String, Double> m = targets.get(orgUnit);
            return m == null ? null : m.get(year + "|" + combo);
        }
    }

    Registry(RegistrySnapshot snapshot) {
        this.stamp = snapshot.stamp();
        for (IndicatorProfile p : snapshot.indicators()) {
            indicators.put(p.code(), new IndicatorDef(p, parse(p.numerator()), parse(p.denominator())));
        }
        snapshot.elements().forEach(e -> elements.put(e.code(), e));
        for (CategoryDefinition c : snapshot.categories()) {
            categories.put(c.code(), c);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < c.options().size(); i++) {
                positions.put(c.options().get(i).code(), i);
            }
            optionPositions.put(c.code(), positions);
        }
        for (IndicatorTarget t : snapshot.targets()) {
            Targets of = targets.computeIfAbsent(t.indicatorCode(), k -> new Targets(new HashMap<>(), new HashMap<>()));
            if (t.baseline()) {
                of.baselines().computeIfAbsent(t.orgUnitCode(), k -> new HashMap<>()).put(t.combo(), t.value().doubleValue());
            } else {
                of.targets().computeIfAbsent(t.orgUnitCode(), k -> new HashMap<>())
                        .put(t.year() + "|" + t.combo(), t.value().doubleValue());
            }
        }
    }

    private static Formulas.ParsedFormula parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Formulas.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Optional<IndicatorDef> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** Every indicator, in registry order (by code). */
    List<IndicatorDef> indicators() {
        return List.copyOf(indicators.values());
    }

    Optional<ElementProfile> element(String code) {
        return Optional.ofNullable(elements.get(code));
    }

    Optional<CategoryDefinition> category(String code) {
        return Optional.ofNullable(categories.get(code));
    }

    /** The 0-based position of the option within its category, or -1. */
    int optionPosition(String category, String option) {
        Map<String, Integer> positions = optionPositions.get(category);
        Integer p = positions == null ? null : positions.get(option);
        return p == null ? -1 : p;
    }

    /** The baselines and targets of the indicator, or null when it has none. */
    Targets targets(String indicator) {
        return targets.get(indicator);
    }
}
