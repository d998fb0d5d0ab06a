package org.haven.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A stored data value with who stored it, when and from where. */
public record StoredValue(ValueKey key, BigDecimal value, String comment, boolean followUp, ValueSource source,
        String storedBy, OffsetDateTime storedAt, int version) {
}
