package org.haven.data;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams stored data values to the analytics engine, with what it filters on: demo flag, nature and origin of
 * published values, and whether the value counts as approved (its data element is in a data set whose approval for
 * the value's org unit and period is APPROVED, or it is a published value with an origin). Reads committed data in
 * its own read-only transaction and never holds all values in memory at once.
 */
public interface ValueFeed {

    /** One stored value. {@code combo} is canonical ("AGE:Y0T4;SEX:F", "" for the total), {@code partner} "" for none. */
    record FeedValue(String dataElement, String orgUnit, String period, String combo, String partner, double value,
            boolean demo, String nature, String origin, boolean approved) {
    }

    /** Every stored value, in no particular order. */
    void all(Consumer<FeedValue> sink);

    /**
     * The stored values of {@code dataElements} whose org unit is in {@code orgUnits} and period in {@code periods}
     * (a null collection means any; periods are ISO strings as stored, e.g. "2025-04").
     */
    void values(Collection<String> dataElements, Collection<String> orgUnits, Collection<String> periods,
            Consumer<FeedValue> sink);

    /** How many values are stored. */
    long count();

    /** When a stored value last changed (stored, changed or deleted); empty without any. */
    default Optional<OffsetDateTime> lastChange() {
        return Optional.empty();
    }
}
