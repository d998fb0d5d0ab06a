package org.haven.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.user.CurrentUser;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may open and fill which entry form, on top of {@link DataAccess}: country focal points open only forms of
 * their countries (403 otherwise); partner reporters enter values attributed to their partner; viewers read.
 */
@Component
class DataEntryAccess {

    private final DataAccess access;
    private final CurrentUser user;
    private final OrgUnitDirectory orgUnits;

    DataEntryAccess(DataAccess access, CurrentUser user, OrgUnitDirectory orgUnits) {
        this.access = access;
        this.user = user;
        this.orgUnits = orgUnits;
    }

    /** Focal points without a wider role see only their own countries. */
    boolean restrictedToCountries() {
        return user.hasAny(Role.COUNTRY_FOCAL_POINT) && !access.writesAnywhere();
    }

    void requireOpen(OrgUnit orgUnit) {
        if (restrictedToCountries() && !access.managesOrgUnit(orgUnit)) {
            throw new AccessDeniedException("You may open data entry forms only for " + String.join(", ", user.countries()));
        }
    }

    /** The partner values entered by this user are attributed to (partner reporters), else null. */
    String partner() {
        if (user.hasAny(Role.PARTNER_REPORTER) && !access.writesAnywhere() && !user.hasAny(Role.COUNTRY_FOCAL_POINT)) {
            return user.partnerCode().filter(p -> !p.isBlank()).orElse(null);
        }
        return null;
    }

    boolean canEnter(OrgUnit orgUnit) {
        return access.scopeProblem(orgUnit, partner()) == null;
    }

    boolean canSubmit(OrgUnit orgUnit) {
        return access.managesOrgUnit(orgUnit);
    }

    boolean canApprove() {
        return access.approves();
    }

    String username() {
        return user.get().map(HavenUser::username).orElse("system");
    }

    /** The user's own countries (focal points), by name. */
    List<OrgUnit> ownCountries() {
        Set<String> codes = user.countries();
        List<OrgUnit> own = new ArrayList<>();
        for (OrgUnit c : orgUnits.countries()) {
            if (codes.contains(c.code())) {
                own.add(c);
            }
        }
        return own;
    }

    /** Every country the user may pick after their own ones (none for restricted focal points). */
    List<OrgUnit> otherCountries() {
        if (restrictedToCountries()) {
            return List.of();
        }
        Set<String> codes = user.countries();
        return orgUnits.countries().stream().filter(c -> !codes.contains(c.code())).toList();
    }

    /** The countries shown in completeness: a restricted focal point's own, else every country. */
    List<OrgUnit> scopeCountries() {
        return restrictedToCountries() ? ownCountries() : orgUnits.countries();
    }

    Optional<OrgUnit> find(String code) {
        return code == null ? Optional.empty() : orgUnits.find(code.trim());
    }
}
