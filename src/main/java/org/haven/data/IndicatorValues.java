package org.haven.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.haven.core.NotFoundException;
import org.haven.indicator.Formulas;
import org.haven.indicator.IndicatorDefinitions;
import org.haven.indicator.IndicatorDefinitions.IndicatorDefinition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes an indicator for a set of org units and a period the way percentages must aggregate: the numerator and
 * the denominator are each summed across the org units (and across the sub-periods inside the period when the
 * indicator aggregates over time by SUM; LAST takes each org unit's latest sub-period, AVERAGE the mean over
 * sub-periods), then value = numerator / denominator x multiplier. Percentages are never averaged. The value is
 * empty when the numerator is missing or the denominator is zero or missing.
 */
@Component
public class IndicatorValues {

    /** The aggregated numerator, denominator (empty when the indicator has none) and value. */
    public record Result(String indicator, Set<String> orgUnits, String period, OptionalDouble numerator,
            OptionalDouble denominator, OptionalDouble value) {
    }

    private static final int MAX_DEPTH = 8;

    private final DataValueService values;
    private final IndicatorDefinitions definitions;

    IndicatorValues(DataValueService values, IndicatorDefinitions definitions) {
        this.values = values;
        this.definitions = definitions;
    }

    @Transactional(readOnly = true)
    public Result compute(String indicator, Set<String> orgUnits, String period) {
        return compute(indicator, orgUnits, Period.parse(period), 0);
    }

    private Result compute(String code, Set<String> orgUnits, Period period, int depth) {
        IndicatorDefinition def = definitions.indicator(code).orElseThrow(() -> new NotFoundException("Indicator", code));
        Formulas.ParsedFormula num = Formulas.parse(def.numerator());
        boolean hasDen = def.denominator() != null && !def.denominator().isBlank();
        Formulas.ParsedFormula den = hasDen ? Formulas.parse(def.denominator()) : null;
        List<Formulas.Reference> refs = new ArrayList<>(num.references());
        if (den != null) {
            refs.addAll(den.references());
        }
        Map<String, Double> aggregated = aggregate(refs, orgUnits, period, def.aggregationTime());
        if (depth < MAX_DEPTH) {
            nestedIndicators(def, orgUnits, period, depth, aggregated);
        }
        OptionalDouble n = num.evaluate(aggregated);
        OptionalDouble d = den == null ? OptionalDouble.empty() : den.evaluate(aggregated);
        double multiplier = def.multiplier() == null ? 1 : def.multiplier().doubleValue();
        return new Result(code, Set.copyOf(orgUnits), period.iso(), n, d, ratio(n, d, hasDen, multiplier));
    }

    /** numerator / denominator x multiplier; without a denominator, numerator x multiplier. */
    static OptionalDouble ratio(OptionalDouble n, OptionalDouble d, boolean hasDenominator, double multiplier) {
        if (n.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!hasDenominator) {
            return OptionalDouble.of(n.getAsDouble() * multiplier);
        }
        if (d.isEmpty() || d.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        double v = n.getAsDouble() / d.getAsDouble() * multiplier;
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /** Each reference summed over org units after aggregating each org unit's sub-periods by {@code timeAgg}. */
    private Map<String, Double> aggregate(List<Formulas.Reference> refs, Set<String> orgUnits, Period period,
            String timeAgg) {
        Map<String, Double> total = new HashMap<>();
        if (refs.isEmpty() || orgUnits.isEmpty()) {
            return total;
        }
        List<Period> periods = "NONE".equals(timeAgg) ? List.of(period) : subPeriods(period);
        Set<String> elements = new LinkedHashSet<>();
        refs.forEach(r -> elements.add(r.element()));
        List<StoredValue> stored = values.find(new DataValueQuery(List.copyOf(elements), List.copyOf(orgUnits),
                periods.stream().map(Period::iso).toList(), false));
        Map<String, Map<String, List<StoredValue>>> byUnitPeriod = new HashMap<>();
        for (StoredValue v : stored) {
            byUnitPeriod.computeIfAbsent(v.key().orgUnit(), k -> new HashMap<>())
                    .computeIfAbsent(Period.parse(v.key().period()).iso(), k -> new ArrayList<>()).add(v);
        }
        for (Map<String, List<StoredValue>> unit : byUnitPeriod.values()) {
            Map<String, Double> unitValues = overTime(refs, unit, periods, timeAgg);
            unitValues.forEach((k, v) -> total.merge(k, v, Double::sum));
        }
        return total;
    }

    private static Map<String, Double> overTime(List<Formulas.Reference> refs, Map<String, List<StoredValue>> unit,
            List<Period> periods, String timeAgg) {
        Map<String, Double> sum = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, Double> last = new HashMap<>();
        Map<String, LocalDate> lastEnd = new HashMap<>();
        for (Period p : periods) {
            List<StoredValue> stored = unit.get(p.iso());
            if (stored == null) {
                continue;
            }
            IndicatorValueLookup.values(refs, stored).forEach((k, v) -> {
                sum.merge(k, v, Double::sum);
                count.merge(k, 1, Integer::sum);
                if (!lastEnd.containsKey(k) || p.end().isAfter(lastEnd.get(k))) {
                    lastEnd.put(k, p.end());
                    last.put(k, v);
                }
            });
        }
        return switch (timeAgg) {
            case "LAST" -> last;
            case "AVERAGE" -> {
                Map<String, Double> avg = new HashMap<>();
                sum.forEach((k, v) -> avg.put(k, v / count.get(k)));
                yield avg;
            }
            default -> sum;
        };
    }

    private void nestedIndicators(IndicatorDefinition def, Set<String> orgUnits, Period period, int depth,
            Map<String, Double> into) {
        for (String text : new String[] {def.numerator(), def.denominator()}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String code : Formulas.parse(text).indicatorCodes()) {
                compute(code, orgUnits, period, depth + 1).value().ifPresent(v -> into.put("I{" + code + "}", v));
            }
        }
    }

    /** The period itself and every month, quarter, year and July financial year that lies inside it. */
    static List<Period> subPeriods(Period period) {
        Set<String> isos = new LinkedHashSet<>();
        isos.add(period.iso());
        for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusMonths(1)) {
            isos.add(String.format("%d-%02d", d.getYear(), d.getMonthValue()));
            isos.add(d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1));
            isos.add(String.valueOf(d.getYear()));
            isos.add(d.getYear() + "July");
        }
        List<Period> out = new ArrayList<>();
        for (String iso : isos) {
            Period p = Period.parse(iso);
            if (!p.start().isBefore(period.start()) && !p.end().isAfter(period.end())) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(Period::start).thenComparing(Period::end));
        return out;
    }
}
