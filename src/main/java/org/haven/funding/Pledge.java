package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A donor's announced contribution, in its own currency, before (or without) an agreement. */
record Pledge(long id, String donorCode, String donorName, BigDecimal amount, String currency, LocalDate date,
        String note, boolean demo, int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
        String updatedBy) {
}
