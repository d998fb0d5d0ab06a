package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Value of one unit of {@code currency} in US dollars from {@code validFrom} until the currency's next rate;
 * {@code indicative} marks approximate rates shipped with Haven, not official ones.
 */
record ExchangeRate(String currency, LocalDate validFrom, BigDecimal rateToUsd, String source, boolean indicative,
        int version, OffsetDateTime updatedAt, String updatedBy) {
}
