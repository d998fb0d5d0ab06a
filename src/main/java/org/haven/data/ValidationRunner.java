package org.haven.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs validation rules per org unit x period: for data entry and import ({@link #violations}), when values change
 * (records the violations of the changed cells), and on demand over a selection (the /data/validation page). Only
 * org unit x period cells holding at least one value of a rule's elements are checked.
 */
@Service
public class ValidationRunner {

    private static final Logger log = LoggerFactory.getLogger(ValidationRunner.class);

    /** Most values read at once when recording violations (bounds the heap a large import needs). */
    static final int RECORD_SLICE = 25_000;

    private final ValidationStore store;
    private final DataValueService values;

    ValidationRunner(ValidationStore store, DataValueService values) {
        this.store = store;
        this.values = values;
    }

    /**
     * The violations of the rules naming any of {@code dataElements} (empty: every rule) for exactly these org
     * units and periods (empty: any), ordered by severity, org unit, period and rule.
     */
    @Transactional(readOnly = true)
    public List<ValidationViolation> violations(Set<String> orgUnits, Set<String> periods, Set<String> dataElements) {
        return violations(orgUnits, periods, dataElements, false);
    }

    /** As {@link #violations(Set, Set, Set)}, optionally including every org unit below the given ones. */
    @Transactional(readOnly = true)
    public List<ValidationViolation> violations(Set<String> orgUnits, Set<String> periods, Set<String> dataElements,
            boolean includeChildren) {
        List<ValidationRule> rules = rulesFor(dataElements);
        if (rules.isEmpty()) {
            return List.of();
        }
        List<ValidationRule.Compiled> compiled = rules.stream().map(ValidationRule::compile).toList();
        Set<String> elements = new LinkedHashSet<>();
        compiled.forEach(r -> elements.addAll(r.elements()));
        List<StoredValue> stored = values.find(new DataValueQuery(List.copyOf(elements), List.copyOf(orgUnits),
                List.copyOf(periods), includeChildren));
        List<ValidationViolation> out = evaluate(compiled, stored);
        out.sort(Comparator.comparing(ValidationViolation::severity).thenComparing(ValidationViolation::orgUnit)
                .thenComparing(ValidationViolation::period).thenComparing(v -> v.rule().code()));
        return out;
    }

    private static List<ValidationViolation> evaluate(List<ValidationRule.Compiled> compiled, List<StoredValue> stored) {
        Map<String, Map<String, List<StoredValue>>> cells = new HashMap<>();
        for (StoredValue v : stored) {
            cells.computeIfAbsent(v.key().orgUnit(), k -> new HashMap<>())
                    .computeIfAbsent(v.key().period(), k -> new ArrayList<>()).add(v);
        }
        List<ValidationViolation> out = new ArrayList<>();
        cells.forEach((unit, byPeriod) -> byPeriod.forEach((period, cell) -> {
            for (ValidationRule.Compiled rule : compiled) {
                if (cell.stream().noneMatch(v -> rule.elements().contains(v.key().dataElement()))) {
                    continue;
                }
                rule.evaluate(IndicatorValueLookup.values(rule.references(), cell))
                        .filter(ValidationRule.Outcome::violated)
                        .ifPresent(o -> out.add(new ValidationViolation(rule.rule(), unit, period, o.left(), o.right())));
            }
        }));
        return out;
    }

    /** Records the violations of the changed cells, replacing what was recorded for them before. */
    @EventListener
    public void onValuesChanged(DataValuesChanged event) {
        List<ValidationRule> rules = rulesFor(event.dataElements());
        if (rules.isEmpty() || event.orgUnits().isEmpty() || event.periods().isEmpty()) {
            return;
        }
        List<ValidationRule.Compiled> compiled = rules.stream().map(ValidationRule::compile).toList();
        Set<String> elements = new LinkedHashSet<>();
        compiled.forEach(r -> elements.addAll(r.elements()));
        record(rules.stream().map(ValidationRule::code).toList(), compiled, List.copyOf(elements),
                List.copyOf(event.orgUnits()), List.copyOf(event.periods()));
    }

    /**
     * Records the violations of the org units x periods; while their values reach {@link #RECORD_SLICE} (e.g. after
     * a large import) the larger of the two sets is halved, so no cell is left out and the heap stays bounded.
     */
    private void record(List<String> ruleCodes, List<ValidationRule.Compiled> compiled, List<String> elements,
            List<String> units, List<String> periods) {
        List<StoredValue> stored = values.find(new DataValueQuery(elements, units, periods, false), RECORD_SLICE);
        if (stored.size() >= RECORD_SLICE && (units.size() > 1 || periods.size() > 1)) {
            stored = null; // not kept while the halves are read
            boolean byUnit = units.size() >= periods.size();
            List<String> split = byUnit ? units : periods;
            int half = split.size() / 2;
            for (List<String> part : List.of(split.subList(0, half), split.subList(half, split.size()))) {
                record(ruleCodes, compiled, elements, byUnit ? part : units, byUnit ? periods : part);
            }
            return;
        }
        if (stored.size() >= RECORD_SLICE) {
            log.warn("Validation of {} {} read only the first {} values", units, periods, stored.size());
        }
        store.replaceViolations(ruleCodes, units, periods, evaluate(compiled, stored));
    }

    /** Violations recorded when values changed, newest first. */
    @Transactional(readOnly = true)
    List<ValidationStore.RecordedViolation> recorded(int limit) {
        return store.recorded(limit);
    }

    Optional<ValidationRule> rule(String code) {
        return store.rule(code);
    }

    /** Rules naming any of the elements (all rules when none are given); rules that no longer parse are skipped. */
    private List<ValidationRule> rulesFor(Collection<String> dataElements) {
        List<ValidationRule> out = new ArrayList<>();
        for (ValidationRule r : store.rules()) {
            try {
                if (dataElements.isEmpty() || r.elements().stream().anyMatch(dataElements::contains)) {
                    out.add(r);
                }
            } catch (IllegalArgumentException e) {
                log.warn("Validation rule {} does not parse: {}", r.code(), e.getMessage());
            }
        }
        return out;
    }
}
