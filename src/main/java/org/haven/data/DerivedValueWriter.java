package org.haven.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.haven.core.InvalidInputException;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DerivedValues}: makes the stored values of a derived element exactly the register's set, through the same
 * write path as every other value (history, one audit event, one {@link DataValuesChanged}) with source DERIVED.
 */
@Service
class DerivedValueWriter implements DerivedValues {

    private final DataElementCatalog elements;
    private final ValueChecks checks;
    private final DataValueStore store;
    private final DataValueService service;

    DerivedValueWriter(DataElementCatalog elements, ValueChecks checks, DataValueStore store,
            DataValueService service) {
        this.elements = elements;
        this.checks = checks;
        this.store = store;
        this.service = service;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public WriteSummary replace(String register, String dataElement, List<DerivedValue> values) {
        Objects.requireNonNull(values, "values");
        ElementDefinition element = elements.element(dataElement)
                .orElseThrow(() -> new IllegalArgumentException("unknown data element '" + dataElement + "'"));
        if (register == null || !register.equals(element.derivedFrom())) {
            throw new IllegalArgumentException("data element " + dataElement + " is not derived from the " + register
                    + " register" + (element.derived() ? " but from the " + element.derivedFrom() + " register" : ""));
        }
        List<DataValueInput> items = new ArrayList<>(values.size());
        for (DerivedValue v : values) {
            if (v == null || v.value() == null) {
                throw new IllegalArgumentException("a derived value of " + dataElement + " has no value");
            }
            items.add(new DataValueInput(new ValueKey(dataElement, v.orgUnit(), v.period(), v.categories(), v.partner()),
                    v.value(), null, false));
        }
        List<CheckedItem> checked;
        try {
            checked = new ArrayList<>(DataValueService.checked(checks.derivedSession(register), items));
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("derived values of " + dataElement + " refused: " + e.problems().stream()
                    .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")), e);
        }
        Set<String> kept = new HashSet<>();
        checked.forEach(c -> kept.add(c.cell()));
        for (StoredValue gone : store.ofElement(dataElement)) {
            if (!kept.contains(DataValueStore.cell(gone.key()))) {
                Period period = Period.parse(gone.key().period());
                checked.add(new CheckedItem(new DataValueInput(gone.key(), null, null, false), period,
                        gone.key().combo(), gone.key().partner() == null ? "" : gone.key().partner()));
            }
        }
        return service.writeChecked(checked, ValueSource.DERIVED);
    }
}
