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
    private final DataValueStaging staging;

    DataValueService(ValueChecks checks, DataValueStore store, DataAccess access, AuditLog audit,
            ApplicationEventPublisher events, DataValueStaging staging) {
        this.staging = staging;
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
        List<CheckedItem> checked = checked(checks.session(), items);
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
        List<CheckedItem> checked = checked(checks.session(), items);
        String actor = access.actor();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Changes changes = new Changes();
        changes.add(apply(checked, source, actor, now));
        changes.publish(source, now);
        return changes.summary();
    }

    /** As {@link #write}, each item stored with its provenance (same size and order as {@code items}). */
    @Transactional(propagation = Propagation.REQUIRED)
    WriteSummary write(List<DataValueInput> items, List<Provenance> provenances, ValueSource source) {
        return writeChecked(withProvenance(checked(checks.session(), items), provenances), source);
    }

    /** As {@link #preview}, comparing provenances too. */
    @Transactional(readOnly = true)
    WriteSummary preview(List<DataValueInput> items, List<Provenance> provenances) {
        List<CheckedItem> checked = withProvenance(checked(checks.session(), items), provenances);
        return plan(checked, store.existing(checked)).summary();
    }

    private static List<CheckedItem> withProvenance(List<CheckedItem> checked, List<Provenance> provenances) {
        if (checked.size() != provenances.size()) {
            throw new IllegalArgumentException("one provenance per item is needed");
        }
        List<CheckedItem> out = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            out.add(checked.get(i).with(provenances.get(i)));
        }
        return out;
    }

    /**
     * Stores every chunk like {@link #write} does, as ONE write: all or nothing, one audit event and one
     * {@link DataValuesChanged} for the whole call. A cell may appear only once over all chunks. Problems are
     * reported like {@link #write}'s, with indices within the chunk.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public WriteSummary writeBulk(Iterable<List<DataValueInput>> chunks, ValueSource source) {
        DataValueBulkWrite bulk = openBulk(source);
        for (List<DataValueInput> chunk : chunks) {
            bulk.add(chunk);
        }
        return bulk.finish();
    }

    /**
     * Starts a streamed bulk write in the caller's transaction (which must exist and stay open until
     * {@link DataValueBulkWrite#finish}): feed it chunks, then finish it. On PostgreSQL the chunks are checked,
     * copied into a staging table and written with set-based statements at the end; elsewhere each chunk is
     * written as it comes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DataValueBulkWrite openBulk(ValueSource source) {
        Objects.requireNonNull(source, "source");
        return new DataValueBulkWrite(this, checks.session(), staging.open(), source, access.actor(),
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Writes items checked by the caller (e.g. with a derived session) as ONE write in the caller's transaction, or a
     * new one: one audit event and one {@link DataValuesChanged} when anything changed.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    WriteSummary writeChecked(List<CheckedItem> checked, ValueSource source) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Changes changes = new Changes();
        changes.add(apply(checked, source, access.actor(), now));
        changes.publish(source, now);
        return changes.summary();
    }

    /** Created, updated and deleted items of one checked list, written. */
    Plan apply(List<CheckedItem> checked, ValueSource source, String actor, OffsetDateTime now) {
        Map<String, DataValueStore.Row> existing = store.existing(checked);
        Plan plan = plan(checked, existing);
        store.insert(plan.created(), source, actor, now);
        store.update(plan.updated(), existing, source, actor, now);
        store.delete(plan.deleted(), existing);
        store.history(plan.changed(), existing, source, actor, now);
        return plan;
    }

    /** Counts and touched cells of a write, published as one audit event and one {@link DataValuesChanged}. */
    final class Changes {

        private final Set<String> elements = new LinkedHashSet<>();
        private final Set<String> orgUnits = new LinkedHashSet<>();
        private final Set<String> periods = new LinkedHashSet<>();
        private int created;
        private int updated;
        private int unchanged;
        private int deleted;

        void add(Plan plan) {
            count(plan.created().size(), plan.updated().size(), plan.unchanged(), plan.deleted().size());
            for (CheckedItem c : plan.changed()) {
                touched(c.element(), c.orgUnit(), c.period().iso());
            }
        }

        void count(int created, int updated, int unchanged, int deleted) {
            this.created += created;
            this.updated += updated;
            this.unchanged += unchanged;
            this.deleted += deleted;
        }

        void touched(String element, String orgUnit, String period) {
            elements.add(element);
            orgUnits.add(orgUnit);
            periods.add(period);
        }

        WriteSummary summary() {
            return new WriteSummary(created, updated, unchanged, deleted);
        }

        void publish(ValueSource source, OffsetDateTime now) {
            if (created + updated + deleted == 0) {
                return;
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("source", source.name());
            after.put("created", created);
            after.put("updated", updated);
            after.put("deleted", deleted);
            after.put("unchanged", unchanged);
            after.put("dataElements", elements.stream().limit(50).toList());
            after.put("orgUnits", orgUnits.stream().limit(50).toList());
            after.put("periods", periods.stream().limit(50).toList());
            audit.record("data_values", source.name().toLowerCase() + "-" + now.toInstant().toEpochMilli(),
                    AuditAction.UPDATE, "Data values (" + source.name().toLowerCase() + "): " + created
                            + " created, " + updated + " updated, " + deleted + " deleted, "
                            + unchanged + " unchanged", null, after);
            events.publishEvent(new DataValuesChanged(elements, orgUnits, periods));
        }
    }

    /** Stored values matching the query (at most {@link #FIND_LIMIT}), by element, org unit, period, combination. */
    @Transactional(readOnly = true)
    public List<StoredValue> find(DataValueQuery query) {
        return find(query, FIND_LIMIT);
    }

    /** As {@link #find(DataValueQuery)}, at most {@code limit} values. */
    List<StoredValue> find(DataValueQuery query, int limit) {
        List<String> periods = query.periods().stream().map(p -> {
            try {
                return Period.parse(p).iso();
            } catch (IllegalArgumentException e) {
                return p;
            }
        }).toList();
        return store.find(new DataValueQuery(query.dataElements(), query.orgUnits(), periods, query.includeChildren()),
                limit);
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

    /** The checked items; throws AccessDeniedException or InvalidInputException like {@link #write}. */
    static List<CheckedItem> checked(ValueChecks.Session session, List<DataValueInput> items) {
        ValueChecks.Outcome outcome = session.check(items == null ? List.of() : items);
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

    record Plan(List<CheckedItem> created, List<CheckedItem> updated, List<CheckedItem> deleted, int unchanged) {

        List<CheckedItem> changed() {
            List<CheckedItem> changed = new ArrayList<>(created);
            changed.addAll(updated);
            changed.addAll(deleted);
            return changed;
        }

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
                && stored.followUp() == c.input().followUp()
                && Objects.equals(stored.nature(), c.provenance().nature())
                && Objects.equals(stored.origin(), c.provenance().origin())
                && stored.demo() == c.provenance().demo();
    }
}
