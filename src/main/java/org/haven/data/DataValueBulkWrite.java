package org.haven.data;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One streamed bulk write of data values, opened with {@link DataValueService#openBulk} inside a transaction: each
 * {@link #add} checks a chunk exactly like {@link DataValueService#write} (lookups cached for the whole write);
 * {@link #finish} completes the write and records ONE audit event and ONE {@link DataValuesChanged} for it. On
 * PostgreSQL checked values are copied into a staging table and written set-based at {@link #finish} (deletions,
 * i.e. null values, go through the row-by-row path after that); elsewhere each chunk is written as it is added. Not
 * thread-safe; use it only in the transaction that opened it.
 */
public final class DataValueBulkWrite {

    private final DataValueService service;
    private final ValueChecks.Session checks;
    private final DataValueStaging.Batch staging;
    private final ValueSource source;
    private final String actor;
    private final OffsetDateTime now;
    private final DataValueService.Changes changes;
    private final List<CheckedItem> deletions = new ArrayList<>();
    /** Cells written so far, on the chunk-by-chunk path (PostgreSQL finds repeated cells in the staging table). */
    private final Set<String> cells = new HashSet<>();
    private boolean finished;

    DataValueBulkWrite(DataValueService service, ValueChecks.Session checks, DataValueStaging.Batch staging,
            ValueSource source, String actor, OffsetDateTime now) {
        this.service = service;
        this.checks = checks;
        this.staging = staging;
        this.source = source;
        this.actor = actor;
        this.now = now;
        this.changes = service.new Changes();
    }

    /**
     * Adds a chunk. Throws AccessDeniedException when an item is outside the caller's scope and
     * InvalidInputException (fields "items[i].field", i within the chunk) for any other problem; the chunk is not
     * added then (the caller's transaction should roll back).
     */
    public void add(List<DataValueInput> chunk) {
        stage(DataValueService.checked(checks, chunk));
    }

    /** Adds the chunk when it has no problem (then returns none); else returns every problem and adds nothing. */
    List<ItemProblem> tryAdd(List<DataValueInput> chunk) {
        ValueChecks.Outcome outcome = checks.check(chunk == null ? List.of() : chunk);
        if (!outcome.problems().isEmpty()) {
            return outcome.problems();
        }
        stage(outcome.items());
        return List.of();
    }

    /** Completes the write: counts over all chunks. */
    public WriteSummary finish() {
        requireOpen();
        finished = true;
        if (staging != null) {
            staging.write(changes, source, actor, now);
            if (!deletions.isEmpty()) {
                changes.add(service.apply(deletions, source, actor, now));
            }
        }
        changes.publish(source, now);
        return changes.summary();
    }

    private void stage(List<CheckedItem> items) {
        requireOpen();
        if (staging == null) {
            for (CheckedItem c : items) {
                if (!cells.add(c.cell())) {
                    throw DataValueStaging.duplicate(c.element() + ", " + c.orgUnit() + ", " + c.period().iso()
                            + ", '" + c.combo() + "', '" + c.partner() + "'");
                }
            }
            changes.add(service.apply(items, source, actor, now));
            return;
        }
        List<CheckedItem> values = new ArrayList<>(items.size());
        for (CheckedItem c : items) {
            if (c.value() == null) {
                deletions.add(c);
            } else {
                values.add(c);
            }
        }
        staging.copy(values);
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("this bulk write is finished");
        }
    }
}
