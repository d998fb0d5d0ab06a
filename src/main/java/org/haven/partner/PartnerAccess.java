package org.haven.partner;

import java.util.Optional;

import org.haven.user.CurrentUser;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which partner. ADMIN and PROGRAMME_OFFICER manage the registry; a PARTNER_REPORTER sees
 * and changes only their own partner (details, contacts, agreements); everyone else signed in reads every partner.
 * Contacts (personal data) are shown to staff (ADMIN, MEL_OFFICER, PROGRAMME_OFFICER, COUNTRY_FOCAL_POINT) and to
 * the partner's own reporters, never to viewers or anonymous visitors.
 */
@Component
class PartnerAccess {

    private final CurrentUser user;

    PartnerAccess(CurrentUser user) {
        this.user = user;
    }

    boolean canManage() {
        return user.hasAny(Role.ADMIN, Role.PROGRAMME_OFFICER);
    }

    /** The partner code a partner-scoped user is limited to, or empty when the user sees every partner. */
    Optional<String> scope() {
        if (canManage() || user.hasAny(Role.MEL_OFFICER, Role.COUNTRY_FOCAL_POINT, Role.VIEWER)
                || !user.hasAny(Role.PARTNER_REPORTER)) {
            return Optional.empty();
        }
        return Optional.of(user.get().map(HavenUser::partnerCode).filter(p -> p != null && !p.isBlank()).orElse("#none"));
    }

    boolean canRead(String code) {
        return scope().map(own -> own.equalsIgnoreCase(code)).orElse(true);
    }

    boolean isOwn(String code) {
        return user.hasAny(Role.PARTNER_REPORTER) && user.get().map(HavenUser::partnerCode)
                .filter(p -> p != null && p.equalsIgnoreCase(code)).isPresent();
    }

    boolean canEdit(String code) {
        return canManage() || isOwn(code);
    }

    boolean canSeeContacts(String code) {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER, Role.COUNTRY_FOCAL_POINT) || isOwn(code);
    }

    String username() {
        return user.username();
    }

    void requireManage() {
        if (!canManage()) {
            throw new AccessDeniedException("Only administrators and programme officers manage the partner registry");
        }
    }

    void requireRead(String code) {
        if (!canRead(code)) {
            throw new AccessDeniedException("You may see only your own partner");
        }
    }

    void requireEdit(String code) {
        if (!canEdit(code)) {
            throw new AccessDeniedException("You may not change partner " + code);
        }
    }

    void requireContacts(String code) {
        if (!canSeeContacts(code)) {
            throw new AccessDeniedException("Partner contacts are shown to staff only");
        }
    }
}
