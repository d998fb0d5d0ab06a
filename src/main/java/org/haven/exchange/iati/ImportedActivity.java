package org.haven.exchange.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An activity of another publisher as Haven keeps it: what fits Haven from its IATI record. {@code countries} are
 * Haven org-unit codes (ISO alpha-3), {@code regions} UN M49 codes, {@code sectors} DAC purpose codes;
 * {@code partnerCode} the registered partner whose IATI identifier matched the reporting or a participating
 * organisation (null when none did); {@code statusCode} the IATI ActivityStatus code.
 */
record ImportedActivity(String identifier, String title, String description, String reportingOrgRef,
        String reportingOrgName, String partnerCode, String statusCode, LocalDate startDate, LocalDate endDate,
        List<String> countries, List<String> regions, List<String> sectors, BigDecimal budgetTotal,
        String budgetCurrency) {

    ImportedActivity {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        sectors = List.copyOf(sectors);
    }

    /** A stored row: the activity plus where and when it came from. */
    record Stored(long id, ImportedActivity activity, String sourceFile, OffsetDateTime importedAt, String importedBy,
            int version) {
    }
}
