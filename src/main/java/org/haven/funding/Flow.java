package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A receipt or an expenditure under an agreement, in its own currency, optionally for one activity. */
record Flow(long id, long agreementId, FlowKind kind, LocalDate date, BigDecimal amount, String currency,
        Long activityId, String activityCode, String note, OffsetDateTime createdAt, String createdBy) {
}
