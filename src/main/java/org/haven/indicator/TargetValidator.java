package org.haven.indicator;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Checks a baseline or target against the registry: known org unit, year in range, a disaggregation made of the
 * categories of the indicator's data elements (found through its numerator and denominator formulas, following
 * referenced indicators) and their options, and a value within the bounds of the indicator's type.
 */
@Component
class TargetValidator {

    static final int FIRST_BASELINE_YEAR = 1990;
    static final int FIRST_TARGET_YEAR = 2023;
    static final int LAST_TARGET_YEAR = 2030;
    private static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");

    private final RegistryStore registry;
    private final OrgUnitDirectory orgUnits;

    TargetValidator(RegistryStore registry, OrgUnitDirectory orgUnits) {
        this.registry = registry;
        this.orgUnits = orgUnits;
    }

    /** The org unit with this code, if it exists (used for the access check before full validation). */
    Optional<OrgUnit> orgUnit(String code) {
        return blank(code) ? Optional.empty() : orgUnits.find(code.trim());
    }

    /** The row the input describes (id, version and audit fields empty); throws listing every invalid field. */
    IndicatorTarget validate(Indicator indicator, TargetInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        TargetKind kind = null;
        try {
            kind = TargetKind.valueOf(blank(in.kind()) ? "" : in.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "must be BASELINE or TARGET"));
        }
        String orgUnit = null;
        if (blank(in.orgUnit())) {
            problems.add(new FieldProblem("orgUnit", "is required (an org unit code such as KEN or 001)"));
        } else if (orgUnit(in.orgUnit()).isEmpty()) {
            problems.add(new FieldProblem("orgUnit", "unknown org unit " + in.orgUnit().trim()));
        } else {
            orgUnit = in.orgUnit().trim();
        }
        int year = year(problems, kind, in.year());
        String combo = combo(problems, indicator, in.combo());
        BigDecimal value = value(problems, indicator, in.value());
        String source = IndicatorService.optional(problems, "source", in.source(), 1000);
        if (kind == TargetKind.BASELINE && source == null) {
            problems.add(new FieldProblem("source", "is required for a baseline (where the baseline value comes from)"));
        }
        String note = IndicatorService.optional(problems, "note", in.note(), 2000);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new IndicatorTarget(0, indicator.code(), orgUnit, kind, year, combo, value, source, note, 0, null, null,
                null, null);
    }

    private static int year(List<FieldProblem> problems, TargetKind kind, String text) {
        int year;
        try {
            year = Integer.parseInt(blank(text) ? "" : text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("year", "is required: a year such as 2030"));
            return 0;
        }
        if (kind == TargetKind.TARGET && (year < FIRST_TARGET_YEAR || year > LAST_TARGET_YEAR)) {
            problems.add(new FieldProblem("year", "a target year must be from " + FIRST_TARGET_YEAR + " to "
                    + LAST_TARGET_YEAR + " (the Strategy's period)"));
        }
        int latest = Math.max(Year.now().getValue(), LAST_TARGET_YEAR);
        if (kind == TargetKind.BASELINE && (year < FIRST_BASELINE_YEAR || year > latest)) {
            problems.add(new FieldProblem("year", "a baseline year must be from " + FIRST_BASELINE_YEAR + " to " + latest));
        }
        return year;
    }

    private String combo(List<FieldProblem> problems, Indicator indicator, String text) {
        Map<String, String> parts;
        try {
            parts = TargetCombo.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("combo", e.getMessage()));
            return "";
        }
        if (parts.isEmpty()) {
            return "";
        }
        Map<String, Category> allowed = categories(indicator);
        int before = problems.size();
        parts.forEach((category, option) -> {
            Category c = allowed.get(category);
            if (c == null) {
                problems.add(new FieldProblem("combo", "category " + category + " does not disaggregate indicator "
                        + indicator.code() + (allowed.isEmpty() ? " (it has no disaggregations)"
                        : " (use " + String.join(", ", allowed.keySet()) + ")")));
            } else if (c.options().stream().noneMatch(o -> o.code().equals(option))) {
                problems.add(new FieldProblem("combo", "unknown option " + option + " of category " + category));
            }
        });
        String canonical = TargetCombo.format(parts);
        if (problems.size() == before && canonical.length() > TargetCombo.MAX_LENGTH) {
            problems.add(new FieldProblem("combo", "must have at most " + TargetCombo.MAX_LENGTH + " characters"));
        }
        return canonical;
    }

    private static BigDecimal value(List<FieldProblem> problems, Indicator indicator, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(blank(text) ? "" : text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("value", "is required: a number such as 12.5"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 6 || value.abs().compareTo(MAX_VALUE) > 0) {
            problems.add(new FieldProblem("value", "must have at most 14 digits before and 6 after the decimal point"));
            return null;
        }
        String bound = switch (indicator.type()) {
            case PERCENTAGE -> between(value, BigDecimal.ZERO, BigDecimal.valueOf(100), false)
                    ? null : "must be a percentage from 0 to 100";
            case YES_NO -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0
                    ? null : "must be 0 (no) or 1 (yes)";
            case MILESTONE -> milestone(indicator, value);
            default -> value.signum() >= 0 ? null : "must be 0 or more";
        };
        if (bound != null) {
            problems.add(new FieldProblem("value", bound));
        }
        return RegistryStore.plain(value);
    }

    private static String milestone(Indicator indicator, BigDecimal value) {
        int stages = indicator.milestoneStages() == null ? 0 : indicator.milestoneStages().split("\\|").length;
        if (between(value, BigDecimal.ZERO, BigDecimal.valueOf(stages - 1L), true)) {
            return null;
        }
        return "must be the number of a stage from 0 to " + (stages - 1) + " (" + indicator.milestoneStages() + ")";
    }

    private static boolean between(BigDecimal v, BigDecimal min, BigDecimal max, boolean whole) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0 && (!whole || v.stripTrailingZeros().scale() <= 0);
    }

    /** Categories of the data elements the indicator's formulas reference (directly or via other indicators). */
    Map<String, Category> categories(Indicator indicator) {
        Map<String, List<String>> elementCategories = new HashMap<>();
        registry.elements().forEach(e -> elementCategories.put(e.code(), e.categoryCodes()));
        Map<String, Indicator> indicators = new HashMap<>();
        registry.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, Category> categories = new HashMap<>();
        registry.categories().forEach(c -> categories.put(c.code(), c));
        Set<String> codes = new LinkedHashSet<>();
        collect(indicator, indicators, elementCategories, codes, new LinkedHashSet<>());
        Map<String, Category> out = new LinkedHashMap<>();
        codes.stream().map(categories::get).filter(c -> c != null).forEach(c -> out.put(c.code(), c));
        return out;
    }

    private static void collect(Indicator indicator, Map<String, Indicator> indicators,
            Map<String, List<String>> elementCategories, Set<String> out, Set<String> seen) {
        if (!seen.add(indicator.code())) {
            return;
        }
        for (String text : new String[] {indicator.numerator(), indicator.denominator()}) {
            if (blank(text)) {
                continue;
            }
            Formula f;
            try {
                f = FormulaParser.parse(text);
            } catch (FormulaException e) {
                continue;
            }
            f.elementRefs().forEach(r -> out.addAll(elementCategories.getOrDefault(r.element(), List.of())));
            f.indicatorRefs().stream().map(r -> indicators.get(r.code())).filter(i -> i != null)
                    .forEach(i -> collect(i, indicators, elementCategories, out, seen));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
