package org.haven.data;

import java.math.BigDecimal;

/** A value to store under {@code key}; a null {@code value} deletes the stored value. */
public record DataValueInput(ValueKey key, BigDecimal value, String comment, boolean followUp) {
}
