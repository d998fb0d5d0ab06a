package org.haven.pivot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.user.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Favourites of the logged-in user: save a selection as a pivot or chart favourite, rename, share or unshare, delete;
 * every change audited. A user sees their own favourites and those others shared; only the owner changes one.
 */
@Service
class FavouriteService {

    static final int MAX_NAME = 200;
    static final String ENTITY = "favourite";

    private final FavouriteStore store;
    private final PivotSelections selections;
    private final CurrentUser user;
    private final AuditLog audit;

    FavouriteService(FavouriteStore store, PivotSelections selections, CurrentUser user, AuditLog audit) {
        this.store = store;
        this.selections = selections;
        this.user = user;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Favourite> mine() {
        return store.ownedBy(owner());
    }

    @Transactional(readOnly = true)
    List<Favourite> sharedWithMe() {
        return store.sharedByOthers(owner());
    }

    /** A favourite the user may see (own or shared); NotFoundException otherwise, so others' ids reveal nothing. */
    @Transactional(readOnly = true)
    Favourite get(long id) {
        return store.find(id).filter(f -> f.owner().equals(owner()) || f.shared())
                .orElseThrow(() -> new NotFoundException("Favourite", id));
    }

    @Transactional
    Favourite create(String name, String kind, PivotSelection selection, boolean shared) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name(name, problems);
        Favourite.Kind k = kind(kind, problems);
        PivotSelection valid = null;
        try {
            valid = selections.validate(selection);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new FieldProblem("selection", p.field() + ": " + p.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (k == Favourite.Kind.CHART && valid.chart() == PivotSelection.Chart.NONE) {
            valid = valid.withChart(PivotSelection.Chart.BAR);
        }
        long id = store.insert(owner(), cleanName, k, valid, shared);
        Favourite created = store.find(id).orElseThrow();
        audit.record(ENTITY, id, AuditAction.CREATE, "Saved favourite " + cleanName, null, created);
        return created;
    }

    @Transactional
    Favourite update(long id, String name, boolean shared, Integer version) {
        Favourite before = owned(id);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name(name, problems);
        if (version == null) {
            problems.add(new FieldProblem("version", "is missing: reload the page"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!store.update(id, cleanName, shared, version)) {
            throw ConflictException.staleVersion("Favourite", id);
        }
        Favourite after = store.find(id).orElseThrow();
        audit.record(ENTITY, id, AuditAction.UPDATE, "Changed favourite " + cleanName, before, after);
        return after;
    }

    @Transactional
    void delete(long id, Integer version) {
        Favourite before = owned(id);
        if (version == null) {
            throw InvalidInputException.of("version", "is missing: reload the page");
        }
        if (!store.delete(id, version)) {
            throw ConflictException.staleVersion("Favourite", id);
        }
        audit.record(ENTITY, id, AuditAction.DELETE, "Deleted favourite " + before.name(), before, null);
    }

    private Favourite owned(long id) {
        Favourite f = get(id);
        if (!f.owner().equals(owner())) {
            throw new AccessDeniedException("Only the owner may change favourite " + id);
        }
        return f;
    }

    private String owner() {
        return user.get().orElseThrow(() -> new AccessDeniedException("Log in to use favourites")).username();
    }

    private static String name(String name, List<FieldProblem> problems) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "is required, at most " + MAX_NAME + " characters"));
        }
        return clean;
    }

    private static Favourite.Kind kind(String kind, List<FieldProblem> problems) {
        try {
            return Favourite.Kind.valueOf(kind == null ? "PIVOT" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "must be PIVOT or CHART"));
            return Favourite.Kind.PIVOT;
        }
    }
}
