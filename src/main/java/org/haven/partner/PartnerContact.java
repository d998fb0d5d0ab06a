package org.haven.partner;

import java.time.OffsetDateTime;

/** A person to contact at a partner. Personal data: shown only to signed-in staff, never in public views or exports. */
public record PartnerContact(long id, String partnerCode, String name, String email, String role, int version,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {
}
