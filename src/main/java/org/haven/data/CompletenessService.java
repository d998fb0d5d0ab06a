package org.haven.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.reference.OrgUnit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completeness of entry forms: a form (data set x org unit x period) is complete when every data element of the set
 * has at least one value, or when someone who manages the org unit marked it complete (audited).
 */
@Service
class CompletenessService {

    private final CompletenessStore store;
    private final DataEntryGrid grid;
    private final DataEntryAccess access;
    private final AuditLog audit;

    CompletenessService(CompletenessStore store, DataEntryGrid grid, DataEntryAccess access, AuditLog audit) {
        this.store = store;
        this.grid = grid;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    CompletenessRow status(DataSet set, OrgUnit orgUnit, Period period) {
        Map<String, Integer> expected = grid.cellsPerElement(set);
        Map<String, Map<String, Integer>> counts = store.valueCounts(List.copyOf(expected.keySet()), period.iso(),
                List.of(orgUnit.code()));
        String markedBy = store.find(set.code(), orgUnit.code(), period.iso())
                .map(CompletenessStore.Completion::completedBy).orElse(null);
        return row(orgUnit, expected, counts.getOrDefault(orgUnit.code(), Map.of()), markedBy);
    }

    /** Every org unit in the user's scope, the most complete first. */
    @Transactional(readOnly = true)
    List<CompletenessRow> report(DataSet set, Period period) {
        Map<String, Integer> expected = grid.cellsPerElement(set);
        List<OrgUnit> scope = access.scopeCountries();
        Map<String, Map<String, Integer>> counts = store.valueCounts(List.copyOf(expected.keySet()), period.iso(),
                access.restrictedToCountries() ? scope.stream().map(OrgUnit::code).toList() : null);
        Map<String, CompletenessStore.Completion> marks = store.forPeriod(set.code(), period.iso());
        List<CompletenessRow> rows = new ArrayList<>();
        for (OrgUnit ou : scope) {
            CompletenessStore.Completion mark = marks.get(ou.code());
            rows.add(row(ou, expected, counts.getOrDefault(ou.code(), Map.of()), mark == null ? null : mark.completedBy()));
        }
        rows.sort(Comparator.comparing(CompletenessRow::complete).reversed()
                .thenComparing(Comparator.comparingInt(CompletenessRow::entered).reversed())
                .thenComparing(CompletenessRow::orgUnitName));
        return rows;
    }

    @Transactional
    void mark(DataSet set, OrgUnit orgUnit, Period period) {
        requireManager(orgUnit);
        if (store.find(set.code(), orgUnit.code(), period.iso()).isPresent()) {
            return;
        }
        String by = access.username();
        store.insert(set.code(), orgUnit.code(), period.iso(), by, OffsetDateTime.now(ZoneOffset.UTC));
        audit.record("data_set_completion", id(set, orgUnit, period), AuditAction.CREATE,
                "Marked " + id(set, orgUnit, period) + " complete", null, Map.of("completedBy", by));
    }

    @Transactional
    void unmark(DataSet set, OrgUnit orgUnit, Period period) {
        requireManager(orgUnit);
        var before = store.find(set.code(), orgUnit.code(), period.iso());
        if (before.isEmpty()) {
            return;
        }
        store.delete(set.code(), orgUnit.code(), period.iso());
        audit.record("data_set_completion", id(set, orgUnit, period), AuditAction.DELETE,
                "Removed the complete mark of " + id(set, orgUnit, period),
                Map.of("completedBy", before.get().completedBy()), null);
    }

    private void requireManager(OrgUnit orgUnit) {
        if (!access.canSubmit(orgUnit)) {
            throw new AccessDeniedException("You may not mark forms of " + orgUnit.code() + " complete");
        }
    }

    private static String id(DataSet set, OrgUnit orgUnit, Period period) {
        return set.code() + "/" + orgUnit.code() + "/" + period.iso();
    }

    private static CompletenessRow row(OrgUnit ou, Map<String, Integer> expected, Map<String, Integer> counts,
            String markedBy) {
        int entered = 0;
        int total = 0;
        boolean all = !expected.isEmpty();
        for (var e : new LinkedHashMap<>(expected).entrySet()) {
            int n = counts.getOrDefault(e.getKey(), 0);
            entered += Math.min(n, e.getValue());
            total += e.getValue();
            all &= n > 0;
        }
        return new CompletenessRow(ou.code(), ou.name(), entered, total, all, markedBy);
    }
}
