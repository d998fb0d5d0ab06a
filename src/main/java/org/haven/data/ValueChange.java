package org.haven.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One change of a data value, newest first in {@link DataValueService#history}: {@code action} is CREATE, UPDATE
 * or DELETE; the previous side is null for CREATE, the new value null for DELETE.
 */
public record ValueChange(String action, BigDecimal previousValue, String previousComment, Boolean previousFollowUp,
        BigDecimal value, String comment, boolean followUp, ValueSource source, String changedBy,
        OffsetDateTime changedAt) {
}
