package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A signed funding agreement with its earmarks (empty when unearmarked); receipts and spending are {@link Flow}s. */
record FundingAgreement(long id, String reference, String title, String donorCode, String donorName, Long pledgeId,
        BigDecimal amount, String currency, LocalDate startDate, LocalDate endDate, String note, List<Earmark> earmarks,
        boolean demo, int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
        String updatedBy) {

    FundingAgreement {
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
    }

    FundingAgreement withEarmarks(List<Earmark> list) {
        return new FundingAgreement(id, reference, title, donorCode, donorName, pledgeId, amount, currency, startDate,
                endDate, note, list, demo, version, createdAt, createdBy, updatedAt, updatedBy);
    }

    boolean unearmarked() {
        return earmarks.isEmpty();
    }
}
