package org.haven.user;

import java.time.OffsetDateTime;
import java.util.Set;

/** A user as admins see and audit it: never the password hash. */
public record UserAccount(long id, String username, String displayName, String email, Set<Role> roles,
        Set<String> countries, String partnerCode, boolean active, int version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
