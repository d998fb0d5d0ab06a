package org.haven.user;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deactivates users (audited), and loads them for login. */
@Service
class UserService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final OrgUnitDirectory orgUnits;
    private final CurrentUser currentUser;
    private final PartnerChoices partners;

    UserService(UserStore store, PasswordEncoder encoder, AuditLog audit, OrgUnitDirectory orgUnits,
            CurrentUser currentUser, PartnerChoices partners) {
        this.partners = partners;
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.orgUnits = orgUnits;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return store.principal(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional(readOnly = true)
    List<UserAccount> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    UserAccount get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional
    UserAccount create(UserForm raw) {
        UserForm form = withCanonicalPartner(raw);
        List<FieldProblem> problems = check(form, null);
        if (form.password() == null || form.password().length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(form, encoder.encode(form.password()), now());
        UserAccount created = get(id);
        audit.record("user", id, AuditAction.CREATE, "Created user " + created.username(), null, created);
        return created;
    }

    @Transactional
    UserAccount update(long id, UserForm raw) {
        UserForm form = withCanonicalPartner(raw);
        UserAccount before = get(id);
        List<FieldProblem> problems = check(form, id);
        boolean newPassword = form.password() != null && !form.password().isEmpty();
        if (newPassword && form.password().length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (form.version() == null) {
            problems.add(new FieldProblem("version", "is required to change a user"));
        }
        if (isSelf(id) && !form.roles().contains(Role.ADMIN)) {
            problems.add(new FieldProblem("roles", "you cannot remove the ADMIN role from your own account"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int version = form.version();
        if (!store.update(id, version, form, newPassword ? encoder.encode(form.password()) : null, now())) {
            throw ConflictException.staleVersion("User", before.username());
        }
        UserAccount after = get(id);
        audit.record("user", id, AuditAction.UPDATE,
                "Changed user " + after.username() + (newPassword ? " (password reset)" : ""), before, after);
        return after;
    }

    @Transactional
    UserAccount setActive(long id, int version, boolean active) {
        UserAccount before = get(id);
        if (!active && isSelf(id)) {
            throw InvalidInputException.of("active", "you cannot deactivate your own account");
        }
        if (!store.setActive(id, version, active, now())) {
            throw ConflictException.staleVersion("User", before.username());
        }
        UserAccount after = get(id);
        audit.record("user", id, AuditAction.UPDATE,
                (active ? "Reactivated user " : "Deactivated user ") + after.username(), before, after);
        return after;
    }

    /** True when there is no user yet: the first start creates the admin. */
    @Transactional(readOnly = true)
    boolean noUsers() {
        return store.count() == 0;
    }

    private List<FieldProblem> check(UserForm form, Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.username() == null || form.username().isBlank()) {
            problems.add(new FieldProblem("username", "must not be blank"));
            return problems;
        }
        store.findByUsername(form.username().trim())
                .filter(existing -> id == null || existing.id() != id)
                .ifPresent(existing -> problems.add(new FieldProblem("username", "is already taken")));
        for (String c : form.countries()) {
            if (!orgUnits.isCountry(c)) {
                problems.add(new FieldProblem("countries", "unknown country code " + c));
            }
        }
        if (form.roles().contains(Role.COUNTRY_FOCAL_POINT) && form.countries().isEmpty()) {
            problems.add(new FieldProblem("countries", "a country focal point needs at least one country"));
        }
        if (form.roles().contains(Role.PARTNER_REPORTER) && (form.partnerCode() == null || form.partnerCode().isBlank())) {
            problems.add(new FieldProblem("partnerCode", "a partner reporter needs a partner"));
        } else if (form.partnerCode() != null && !form.partnerCode().isBlank()
                && partners.canonical(form.partnerCode()).isEmpty()) {
            problems.add(new FieldProblem("partnerCode", "unknown partner " + form.partnerCode().trim()));
        }
        return problems;
    }

    /** The form with its partner code as the registry spells it (an unknown code is left for the check). */
    private UserForm withCanonicalPartner(UserForm f) {
        String code = f.partnerCode() == null || f.partnerCode().isBlank() ? null
                : partners.canonical(f.partnerCode()).orElse(f.partnerCode().trim());
        return new UserForm(f.username(), f.displayName(), f.email(), f.password(), f.roles(), f.countries(), code,
                f.version());
    }

    private boolean isSelf(long id) {
        return currentUser.get().map(u -> u.id() == id).orElse(false);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
