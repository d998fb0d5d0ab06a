package org.haven.partner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, changes and deletes partners: checks roles, scope and input, audits every change, 409 on a stale version. */
@Service
@Transactional
class PartnerService {

    static final String AUDIT_TYPE = "partner";

    private final PartnerStore store;
    private final PartnerValidator validator;
    private final PartnerAccess access;
    private final AuditLog audit;
    private final PartnerSections sections;
    private final Clock clock = Clock.systemUTC();

    PartnerService(PartnerStore store, PartnerValidator validator, PartnerAccess access, AuditLog audit,
            PartnerSections sections) {
        this.store = store;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
        this.sections = sections;
    }

    /** The partners the user may see that match the filter, by name. */
    @Transactional(readOnly = true)
    List<Partner> search(PartnerFilter filter) {
        return store.search(filter, access.scope().orElse(null));
    }

    /** One partner, if the user may see it (403 otherwise, 404 when there is none). */
    @Transactional(readOnly = true)
    Partner read(String code) {
        Partner p = get(code);
        access.requireRead(p.code());
        return p;
    }

    Partner create(PartnerInput raw) {
        access.requireManage();
        PartnerInput in = normalize(raw, null);
        List<FieldProblem> problems = validator.check(in, in.code() != null && store.find(in.code()).isPresent(),
                in.iatiRef() != null && store.iatiRefTaken(in.iatiRef(), null));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.insert(in, access.username(), now());
        Partner created = get(in.code());
        audit.record(AUDIT_TYPE, created.code(), AuditAction.CREATE, "Added partner " + created.code() + " " + created.name(),
                null, created);
        return created;
    }

    Partner update(String code, PartnerInput raw) {
        Partner before = read(code);
        access.requireEdit(before.code());
        PartnerInput in = normalize(raw, before.code());
        List<FieldProblem> problems = new ArrayList<>(validator.check(in, false,
                in.iatiRef() != null && store.iatiRefTaken(in.iatiRef(), before.code())));
        if (raw.code() != null && !raw.code().isBlank() && !raw.code().trim().equalsIgnoreCase(before.code())) {
            problems.add(new FieldProblem("code", "the code of a partner cannot change (" + before.code() + ")"));
        }
        if (in.version() == null) {
            problems.add(new FieldProblem("version", "version is required to change a partner"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!store.update(before.code(), in.version(), in, access.username(), now())) {
            throw ConflictException.staleVersion("Partner", before.code());
        }
        Partner after = get(before.code());
        audit.record(AUDIT_TYPE, after.code(), AuditAction.UPDATE, "Changed partner " + after.code(), before, after);
        return after;
    }

    /** Deletes a partner nothing refers to (no activity, user, funding or reported data); 409 otherwise. */
    void delete(String code) {
        access.requireManage();
        Partner before = get(code);
        if (store.references(before.code()) > 0 || sections.usedElsewhere(before.code())) {
            throw new ConflictException("Partner " + before.code() + " is still referred to by activities, users, "
                    + "funding or reported data and cannot be deleted");
        }
        try {
            store.delete(before.code());
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("Partner " + before.code() + " is still referred to and cannot be deleted");
        }
        audit.record(AUDIT_TYPE, before.code(), AuditAction.DELETE, "Deleted partner " + before.code(), before, null);
    }

    @Transactional(readOnly = true)
    Partner get(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("Partner", code));
    }

    private static PartnerInput normalize(PartnerInput in, String code) {
        return new PartnerInput(code != null ? code : upper(in.code()), trim(in.name()), upper(in.type()),
                upper(in.donorType()), upper(in.countryCode()), trim(in.website()), trim(in.iatiRef()),
                trim(in.description()), Boolean.TRUE.equals(in.needsReview()), in.version());
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
