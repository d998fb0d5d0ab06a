package org.haven.partner;

import java.time.OffsetDateTime;

/**
 * A partner as the registry holds it. {@code needsReview} marks partners created from migrated free text until
 * someone checks them. Contacts and agreements are kept apart ({@link PartnerContact}, {@link PartnershipAgreement}).
 */
public record Partner(long id, String code, String name, PartnerType type, DonorType donorType, String countryCode,
        String website, String iatiRef, String description, boolean needsReview, boolean demo, int version,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {

    public PartnerRef ref() {
        return new PartnerRef(code, name, type, donorType, countryCode, iatiRef, demo);
    }
}
