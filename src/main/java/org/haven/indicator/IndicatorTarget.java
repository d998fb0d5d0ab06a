package org.haven.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A baseline or a target of one indicator for one org unit. {@code year} is the baseline year (1990 or later) or the
 * target year (2023 to 2030). {@code combo} is the disaggregation as canonical {@code "CATEGORY:OPTION;..."} sorted
 * by category code, or {@code ""} for the total. {@code value} is in the indicator's unit (a percentage as 0 to
 * 100, yes/no as 0 or 1, a milestone as the index of its stage). {@code source} is required for baselines.
 */
public record IndicatorTarget(long id, String indicatorCode, String orgUnitCode, TargetKind kind, int year,
        String combo, BigDecimal value, String source, String note, int version, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {

    public boolean baseline() {
        return kind == TargetKind.BASELINE;
    }

    public boolean total() {
        return combo.isEmpty();
    }
}
