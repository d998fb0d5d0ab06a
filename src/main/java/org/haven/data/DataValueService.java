package org.haven.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks, previews, writes and reads data values. A write is all-or-nothing: any problem in any item rejects the
 * whole list. Every change keeps the previous value in the cell's history; each write call adds one audit event
 * (entity type "data_values") with the counts, and publishes {@link DataValuesChanged}.
 */
@Service
public class DataValueService {

    /** Most values {@link #find} returns. */
    public static final int FIND_LIMIT = 100_000;

    private final ValueChecks checks;
    private final DataValueStore store;
    private final DataAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DataValueService(ValueChecks checks, DataValueStore store, DataAccess access, AuditLog audit,
            ApplicationEventPublisher events) {
        this.checks = checks;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** Every problem of every item (index = 0-based position); empty when all can be written. Never writes. */
    @Transactional(readOnly = true)
    public List<ItemProblem> check(List<DataValueInput> items) {
        return checks.check(items).problems();
    }

    /** What {@link #write} would do; throws like write when there are problems. */
    @Transactional(readOnly = true)
    public WriteSummary preview(List<DataValueInput> items) {
        List<CheckedItem> checked = checked(items);
        return plan(checked, store.existing(checked)).summary();
    }

    /**
     * Stores the items (null value = delete) in the caller's transaction, or a new one. Throws
     * AccessDeniedException when an item is outside the caller's scope and InvalidInputException (fields
     * "items[i].field") for any other problem; nothing is written then.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public WriteSummary write(List<DataValueInput> items, ValueSource source) {
        Objects.requireNonNull(source, "source");
        List<CheckedItem> checked = checked(items);
        Map<String, DataValueStore.Row> existing = store.existing(checked);
        Plan plan = plan(checked, existing);
        String actor = access.actor();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        store.insert(plan.created(), source, actor, now);
        store.update(plan.updated(), existing, source, actor, now);
        store.delete(plan.deleted(), existing);
        List<CheckedItem> changed = new ArrayList<>(plan.created());
        changed.addAll(plan.updated());
        changed.addAll(plan.deleted());
        store.history(changed, existing, source, actor, now);
        WriteSummary summary = plan.summary();
        if (!changed.isEmpty()) {
            Set<String> elements = new LinkedHashSet<>();
            Set<String> orgUnits = new LinkedHashSet<>();
            Set<String> periods = new LinkedHashSet<>();
            for (CheckedItem c : changed) {
                elements.add(c.element());
                orgUnits.add(c.orgUnit());
                periods.add(c.period().iso());
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("source", source.name());
            after.put("created", summary.created());
            after.put("updated", summary.updated());
            after.put("deleted", summary.deleted());
            after.put("unchanged", summary.unchanged());
            after.put("dataElements", elements.stream().limit(50).toList());
            after.put("orgUnits", orgUnits.stream().limit(50).toList());
            after.put("periods", periods.stream().limit(50).toList());
            audit.record("data_values", source.name().toLowerCase() + "-" + now.toInstant().toEpochMilli(),
                    AuditAction.UPDATE, "Data values (" + source.name().toLowerCase() + "): " + summary.created()
                            + " created, " + summary.updated() + " updated, " + summary.deleted() + " deleted, "
                            + summary.unchanged() + " unchanged", null, after);
            events.publishEvent(new DataValuesChanged(elements, orgUnits, periods));
        }
        return summary;
    }

    /** Stored values matching the query (at most {@link #FIND_LIMIT}), by element, org unit, period, combination. */
    @Transactional(readOnly = true)
    public List<StoredValue> find(DataValueQuery query) {
        List<String> periods = query.periods().stream().map(p -> {
            try {
                return Period.parse(p).iso();
            } catch (IllegalArgumentException e) {
                return p;
            }
        }).toList();
        return store.find(new DataValueQuery(query.dataElements(), query.orgUnits(), periods, query.includeChildren()),
                FIND_LIMIT);
    }

    /** Every change of the cell, newest first (the cell may since have been deleted). */
    @Transactional(readOnly = true)
    public List<ValueChange> history(ValueKey key) {
        String period;
        try {
            period = Period.parse(key.period()).iso();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("period", e.getMessage());
        }
        return store.history(key.dataElement(), key.orgUnit(), period, key.combo(),
                key.partner() == null ? "" : key.partner());
    }

    private List<CheckedItem> checked(List<DataValueInput> items) {
        ValueChecks.Outcome outcome = checks.check(items == null ? List.of() : items);
        if (outcome.scopeDenied()) {
            ItemProblem first = outcome.problems().stream()
                    .filter(p -> p.field().equals("orgUnit") || p.field().equals("partner"))
                    .findFirst().orElse(outcome.problems().get(0));
            throw new AccessDeniedException("items[" + first.index() + "]." + first.field() + ": " + first.message());
        }
        if (!outcome.problems().isEmpty()) {
            throw new InvalidInputException(outcome.problems().stream()
                    .map(p -> new FieldProblem("items[" + p.index() + "]." + p.field(), p.message())).toList());
        }
        return outcome.items();
    }

    private record Plan(List<CheckedItem> created, List<CheckedItem> updated, List<CheckedItem> deleted, int unchanged) {

        WriteSummary summary() {
            return new WriteSummary(created.size(), updated.size(), unchanged, deleted.size());
        }
    }

    private static Plan plan(List<CheckedItem> items, Map<String, DataValueStore.Row> existing) {
        List<CheckedItem> created = new ArrayList<>();
        List<CheckedItem> updated = new ArrayList<>();
        List<CheckedItem> deleted = new ArrayList<>();
        int unchanged = 0;
        for (CheckedItem c : items) {
            DataValueStore.Row row = existing.get(c.cell());
            if (row == null) {
                if (c.value() == null) {
                    unchanged++;
                } else {
                    created.add(c);
                }
            } else if (c.value() == null) {
                deleted.add(c);
            } else if (same(row.value(), c)) {
                unchanged++;
            } else {
                updated.add(c);
            }
        }
        return new Plan(created, updated, deleted, unchanged);
    }

    private static boolean same(StoredValue stored, CheckedItem c) {
        return stored.value().compareTo(c.value()) == 0
                && Objects.equals(stored.comment(), DataValueStore.blankToNull(c.input().comment()))
                && stored.followUp() == c.input().followUp();
    }
}
