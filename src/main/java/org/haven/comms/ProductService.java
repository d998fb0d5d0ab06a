package org.haven.comms;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.core.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and deletes communication products: checks roles, scope and input, audits every change and
 * recomputes the derived reach in the same transaction.
 */
@Service
@Transactional
class ProductService {

    static final String AUDIT_TYPE = "comms_product";
    static final String SYSTEM = "system";

    private final ProductStore store;
    private final ProductValidator validator;
    private final ProductAccess access;
    private final CommsFigures figures;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ProductService(ProductStore store, ProductValidator validator, ProductAccess access, CommsFigures figures,
            AuditLog audit) {
        this.store = store;
        this.validator = validator;
        this.access = access;
        this.figures = figures;
        this.audit = audit;
    }

    CommsProduct create(ProductInput in) {
        access.requireAdd();
        ValidProduct v = validator.check(in);
        access.requireWrite(v.orgUnit(), v.activity());
        store.lockRegister();
        CommsProduct created = insert(v, access.username());
        figures.recompute();
        return created;
    }

    /** For Haven itself (demo data): no role check, audited as 'system', figures recomputed once. */
    List<CommsProduct> createAllAsSystem(List<ProductInput> inputs) {
        List<ValidProduct> valid = inputs.stream().map(validator::check).toList();
        store.lockRegister();
        List<CommsProduct> created = valid.stream().map(v -> insert(v, SYSTEM)).toList();
        figures.recompute();
        return created;
    }

    private CommsProduct insert(ValidProduct v, String actor) {
        long id = store.insert(v, actor, now());
        CommsProduct created = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, "Added communication product " + id + " " + created.title(),
                null, created);
        return created;
    }

    CommsProduct update(long id, ProductInput in) {
        CommsProduct before = get(id);
        access.requireWrite(before);
        ValidProduct v = validator.check(in);
        if (in.version() == null) {
            throw InvalidInputException.of("version", "version is required to change a communication product");
        }
        access.requireWrite(v.orgUnit(), v.activity());
        store.lockRegister();
        if (!store.update(id, in.version(), v, access.username(), now())) {
            throw ConflictException.staleVersion("Communication product", id);
        }
        CommsProduct after = get(id);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, "Changed communication product " + id + " " + after.title(),
                before, after);
        figures.recompute();
        return after;
    }

    void delete(long id) {
        CommsProduct before = get(id);
        access.requireWrite(before);
        store.lockRegister();
        store.delete(id);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, "Deleted communication product " + id + " " + before.title(),
                before, null);
        figures.recompute();
    }

    /** Deletes every demo product, audited, and recomputes the reach once; returns how many went. */
    long removeDemo() {
        store.lockRegister();
        List<Long> ids = store.demoIds();
        for (long id : ids) {
            CommsProduct before = get(id);
            store.delete(id);
            audit.record(AUDIT_TYPE, id, AuditAction.DELETE, "Removed demo communication product " + id, before, null);
        }
        if (!ids.isEmpty()) {
            figures.recompute();
        }
        return ids.size();
    }

    @Transactional(readOnly = true)
    CommsProduct read(long id) {
        CommsProduct p = get(id);
        access.requireRead(p);
        return p;
    }

    @Transactional(readOnly = true)
    PageResult<CommsProduct> search(ProductFilter filter, int page, int size) {
        return store.search(scoped(filter), Math.max(1, page), Math.min(200, Math.max(1, size)));
    }

    /** Every product in the filter's date range the user may see, by date. */
    @Transactional(readOnly = true)
    List<CommsProduct> inRange(ProductFilter filter) {
        return store.inRange(scoped(filter));
    }

    @Transactional(readOnly = true)
    List<CommsProduct> linkedTo(String nodeCode) {
        return store.linkedTo(nodeCode).stream().filter(access::canRead).toList();
    }

    @Transactional(readOnly = true)
    long count() {
        return store.count();
    }

    @Transactional(readOnly = true)
    long demoCount() {
        return store.demoIds().size();
    }

    private ProductFilter scoped(ProductFilter filter) {
        return access.readsOwnPartnerOnly() ? filter.onlyActivities(access.ownPartnerActivities()) : filter;
    }

    private CommsProduct get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Communication product", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
