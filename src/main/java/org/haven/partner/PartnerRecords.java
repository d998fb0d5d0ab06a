package org.haven.partner;

import java.time.Clock;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's contacts and partnership agreements: read, add, change, delete, within the partner's scope (contacts
 * for staff only), audited, 409 on a stale version.
 */
@Service
@Transactional
class PartnerRecords {

    private final PartnerService partners;
    private final PartnerStore store;
    private final AgreementStore agreements;
    private final PartnerValidator validator;
    private final PartnerAccess access;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    PartnerRecords(PartnerService partners, PartnerStore store, AgreementStore agreements, PartnerValidator validator,
            PartnerAccess access, AuditLog audit) {
        this.partners = partners;
        this.store = store;
        this.agreements = agreements;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<PartnerContact> contacts(String partnerCode) {
        Partner p = partners.read(partnerCode);
        access.requireContacts(p.code());
        return store.contacts(p.code());
    }

    @Transactional(readOnly = true)
    PartnerContact contact(String partnerCode, long id) {
        Partner p = partners.read(partnerCode);
        access.requireContacts(p.code());
        return store.contact(id).filter(c -> c.partnerCode().equals(p.code()))
                .orElseThrow(() -> new NotFoundException("Contact", id));
    }

    PartnerContact addContact(String partnerCode, ContactInput raw) {
        Partner p = editable(partnerCode);
        ContactInput in = normalize(raw);
        throwIfAny(validator.check(in));
        long id = store.insertContact(p.code(), in, access.username(), now());
        PartnerContact created = store.contact(id).orElseThrow();
        audit.record("partner_contact", id, AuditAction.CREATE, "Added a contact of partner " + p.code(), null, created);
        return created;
    }

    PartnerContact updateContact(String partnerCode, long id, ContactInput raw) {
        PartnerContact before = contact(partnerCode, id);
        editable(partnerCode);
        ContactInput in = normalize(raw);
        List<FieldProblem> problems = new ArrayList<>(validator.check(in));
        if (in.version() == null) {
            problems.add(new FieldProblem("version", "version is required to change a contact"));
        }
        throwIfAny(problems);
        if (!store.updateContact(id, in.version(), in, access.username(), now())) {
            throw ConflictException.staleVersion("Contact", id);
        }
        PartnerContact after = store.contact(id).orElseThrow();
        audit.record("partner_contact", id, AuditAction.UPDATE, "Changed a contact of partner " + before.partnerCode(),
                before, after);
        return after;
    }

    void deleteContact(String partnerCode, long id) {
        PartnerContact before = contact(partnerCode, id);
        editable(partnerCode);
        store.deleteContact(id);
        audit.record("partner_contact", id, AuditAction.DELETE, "Deleted a contact of partner " + before.partnerCode(),
                before, null);
    }

    @Transactional(readOnly = true)
    List<PartnershipAgreement> agreements(String partnerCode) {
        return agreements.ofPartner(partners.read(partnerCode).code());
    }

    @Transactional(readOnly = true)
    PartnershipAgreement agreement(String partnerCode, long id) {
        Partner p = partners.read(partnerCode);
        return agreements.find(id).filter(a -> a.partnerCode().equals(p.code()))
                .orElseThrow(() -> new NotFoundException("Partnership agreement", id));
    }

    PartnershipAgreement addAgreement(String partnerCode, AgreementInput raw) {
        Partner p = editable(partnerCode);
        AgreementInput in = normalize(raw);
        throwIfAny(validator.check(in));
        long id = agreements.insert(p.code(), in, access.username(), now());
        PartnershipAgreement created = agreements.find(id).orElseThrow();
        audit.record("partnership_agreement", id, AuditAction.CREATE, "Added partnership agreement " + created.title()
                + " with " + p.code(), null, created);
        return created;
    }

    PartnershipAgreement updateAgreement(String partnerCode, long id, AgreementInput raw) {
        PartnershipAgreement before = agreement(partnerCode, id);
        editable(partnerCode);
        AgreementInput in = normalize(raw);
        List<FieldProblem> problems = new ArrayList<>(validator.check(in));
        if (in.version() == null) {
            problems.add(new FieldProblem("version", "version is required to change an agreement"));
        }
        throwIfAny(problems);
        if (!agreements.update(id, in.version(), in, access.username(), now())) {
            throw ConflictException.staleVersion("Partnership agreement", id);
        }
        PartnershipAgreement after = agreements.find(id).orElseThrow();
        audit.record("partnership_agreement", id, AuditAction.UPDATE, "Changed partnership agreement " + after.title(),
                before, after);
        return after;
    }

    void deleteAgreement(String partnerCode, long id) {
        PartnershipAgreement before = agreement(partnerCode, id);
        editable(partnerCode);
        agreements.delete(id);
        audit.record("partnership_agreement", id, AuditAction.DELETE, "Deleted partnership agreement " + before.title(),
                before, null);
    }

    private Partner editable(String partnerCode) {
        Partner p = partners.read(partnerCode);
        access.requireEdit(p.code());
        return p;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static ContactInput normalize(ContactInput in) {
        return new ContactInput(PartnerService.trim(in.name()), PartnerService.trim(in.email()),
                PartnerService.trim(in.role()), in.version());
    }

    private static AgreementInput normalize(AgreementInput in) {
        return new AgreementInput(PartnerService.trim(in.title()), in.startDate(), in.endDate(),
                PartnerService.trim(in.scope()), in.nodeCodes().stream().map(String::toUpperCase).toList(), in.demo(),
                in.version());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
