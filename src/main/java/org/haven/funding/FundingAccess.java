package org.haven.funding;

import java.util.Optional;

import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change funding. ADMIN and PROGRAMME_OFFICER (the resource-mobilization staff) record pledges,
 * agreements, receipts and expenditure; only ADMIN changes exchange rates. MEL officers, country focal points and
 * viewers read everything. A PARTNER_REPORTER reads only the pledges and agreements of their own partner when it is a
 * donor (and the pipeline and gap computed from those alone), and nothing else of the register.
 */
@Component
class FundingAccess {

    private final CurrentUser user;

    FundingAccess(CurrentUser user) {
        this.user = user;
    }

    boolean canWrite() {
        return user.hasAny(Role.ADMIN, Role.PROGRAMME_OFFICER);
    }

    boolean canEditRates() {
        return user.hasAny(Role.ADMIN);
    }

    /** True for a partner user who is nothing else: they see their own donor's records only. */
    boolean ownDonorOnly() {
        return user.hasAny(Role.PARTNER_REPORTER) && !user.hasAny(Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER,
                Role.COUNTRY_FOCAL_POINT, Role.VIEWER);
    }

    /** The donor a partner-scoped user may see (empty: they see nothing), or empty for everyone else. */
    Optional<String> scope() {
        return ownDonorOnly() ? Optional.of(user.partnerCode().orElse("")) : Optional.empty();
    }

    boolean canRead(String donorCode) {
        return scope().map(own -> own.equalsIgnoreCase(donorCode)).orElse(true);
    }

    void requireRead() {
        if (user.get().isEmpty()) {
            throw new AccessDeniedException("Sign in to see funding");
        }
    }

    void requireRead(String donorCode, String what) {
        if (!canRead(donorCode)) {
            throw new AccessDeniedException("You may not see " + what);
        }
    }

    void requireWrite() {
        if (!canWrite()) {
            throw new AccessDeniedException("Only ADMIN or PROGRAMME_OFFICER may record or change funding");
        }
    }

    void requireRates() {
        if (!canEditRates()) {
            throw new AccessDeniedException("Only ADMIN may change exchange rates");
        }
    }

    String username() {
        return user.username();
    }
}
