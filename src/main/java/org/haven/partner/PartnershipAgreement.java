package org.haven.partner;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A partnership agreement with a partner: title, dates (no end date = open-ended), scope, and the strategic and
 * operational objectives, priority contexts and aims it covers ({@code nodeCodes}, sorted).
 */
public record PartnershipAgreement(long id, String partnerCode, String title, LocalDate startDate, LocalDate endDate,
        String scope, Set<String> nodeCodes, boolean demo, int version, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime updatedAt, String updatedBy) {

    public PartnershipAgreement {
        nodeCodes = Collections.unmodifiableSortedSet(new TreeSet<>(nodeCodes == null ? Set.of() : nodeCodes));
    }

    PartnershipAgreement withNodes(Collection<String> nodes) {
        return new PartnershipAgreement(id, partnerCode, title, startDate, endDate, scope, new TreeSet<>(nodes), demo,
                version, createdAt, createdBy, updatedAt, updatedBy);
    }
}
