package org.haven.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A stored data value with who stored it, when and from where; a published value also has its nature (C country
 * data, CA country adjusted, E estimated, M modelled, G global monitoring, N non-relevant) and origin, and demo values
 * are flagged.
 */
public record StoredValue(ValueKey key, BigDecimal value, String comment, boolean followUp, ValueSource source,
        String storedBy, OffsetDateTime storedAt, int version, String nature, String origin, boolean demo) {

    /** A value without nature or origin, not demo. */
    public StoredValue(ValueKey key, BigDecimal value, String comment, boolean followUp, ValueSource source,
            String storedBy, OffsetDateTime storedAt, int version) {
        this(key, value, comment, followUp, source, storedBy, storedAt, version, null, null, false);
    }
}
