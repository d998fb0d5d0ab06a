package org.haven.exchange.sdmx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.data.ItemProblem;
import org.haven.data.PublishedValue;
import org.haven.data.PublishedValues;
import org.haven.data.WriteSummary;
import org.haven.exchange.sdmx.SdmxImportSummary.Rejection;
import org.haven.user.CurrentUser;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports SDMX-CSV files of Haven's dataflow (ADMIN and MEL_OFFICER). The values are written as published values
 * (nature from NATURE, origin "SDMX-CSV import: file") through {@link PublishedValues}, all or nothing: a dry run
 * maps and counts inside a transaction that is rolled back; a commit with any rejected row, or of a file that cannot
 * be read, writes nothing. A commit is audited once, besides the data values' own audit event.
 */
@Service
class SdmxImportService {

    private static final int NAME_MAX = 120;

    private final SdmxStructures structures;
    private final PublishedValues values;
    private final AuditLog audit;
    private final CurrentUser user;
    private final TransactionTemplate transaction;

    SdmxImportService(SdmxStructures structures, PublishedValues values, AuditLog audit, CurrentUser user,
            PlatformTransactionManager transactions) {
        this.structures = structures;
        this.values = values;
        this.audit = audit;
        this.user = user;
        this.transaction = new TransactionTemplate(transactions);
    }

    void requireImporter() {
        user.require("import SDMX data", Role.ADMIN, Role.MEL_OFFICER);
    }

    boolean canImport() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    /** Maps the file and counts, or writes it (dryRun false) when every row maps. */
    SdmxImportSummary run(byte[] bytes, String fileName, boolean dryRun) {
        requireImporter();
        String name = fileName == null || fileName.isBlank() ? "upload.csv"
                : fileName.length() > NAME_MAX ? fileName.substring(0, NAME_MAX) : fileName;
        List<SdmxCsvReader.Row> rows;
        try {
            rows = SdmxCsvReader.read(bytes);
        } catch (SdmxCsvReader.Unreadable e) {
            return unreadable(name, dryRun, e.getMessage());
        }
        return transaction.execute(status -> {
            Map<String, String> units = new HashMap<>();
            Map<String, org.haven.indicator.ElementDefinition> series = structures.seriesIndex();
            series.keySet().forEach(s -> units.put(s, structures.unitOf(s)));
            SdmxRowMapper.Mapped mapped = new SdmxRowMapper(series, structures.areaIndex(), units,
                    "SDMX-CSV import: " + name).map(rows);
            List<Rejection> rejections = new ArrayList<>(mapped.rejections());
            List<PublishedValue> kept = checked(mapped, rejections);
            rejections.sort(Comparator.comparingLong(Rejection::row));
            boolean refused = !dryRun && !rejections.isEmpty();
            if (dryRun || refused) {
                WriteSummary counts = kept.isEmpty() ? new WriteSummary(0, 0, 0, 0) : values.preview(kept);
                status.setRollbackOnly();
                return summary(name, dryRun, false, refused ? "rows are rejected: nothing was written" : null,
                        rows.size(), counts, rejections, mapped);
            }
            WriteSummary written = kept.isEmpty() ? new WriteSummary(0, 0, 0, 0) : values.write(kept);
            SdmxImportSummary summary = summary(name, false, true, null, rows.size(), written, rejections, mapped);
            record(summary);
            return summary;
        });
    }

    /** The mapped values Haven's data checks accept; the others become rejections with their row numbers. */
    private List<PublishedValue> checked(SdmxRowMapper.Mapped mapped, List<Rejection> rejections) {
        if (mapped.values().isEmpty()) {
            return List.of();
        }
        List<ItemProblem> problems = values.check(mapped.values());
        if (problems.isEmpty()) {
            return mapped.values();
        }
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        problems.forEach(p -> byIndex.merge(p.index(), p.field() + ": " + p.message(), (a, b) -> a + "; " + b));
        List<PublishedValue> kept = new ArrayList<>();
        for (int i = 0; i < mapped.values().size(); i++) {
            if (byIndex.containsKey(i)) {
                rejections.add(new Rejection(mapped.rows().get(i), byIndex.get(i)));
            } else {
                kept.add(mapped.values().get(i));
            }
        }
        return kept;
    }

    static SdmxImportSummary unreadable(String name, boolean dryRun, String reason) {
        return new SdmxImportSummary(name == null || name.isBlank() ? "upload.csv" : name, dryRun, false, "the file cannot be read: " + reason + "; nothing was written",
                0, 0, 0, 0, 1, List.of(new Rejection(1, reason)), List.of());
    }

    private static SdmxImportSummary summary(String name, boolean dryRun, boolean committed, String refusal, int rows,
            WriteSummary counts, List<Rejection> rejections, SdmxRowMapper.Mapped mapped) {
        return new SdmxImportSummary(name, dryRun, committed, refusal, rows, counts.created(), counts.updated(),
                counts.unchanged(), rejections.size(), rejections, List.copyOf(mapped.unknownCodes()));
    }

    private void record(SdmxImportSummary s) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", s.fileName());
        after.put("rows", s.rows());
        after.put("created", s.created());
        after.put("updated", s.updated());
        after.put("unchanged", s.unchanged());
        String actor = user.get().map(HavenUser::username).orElse("system");
        audit.record("sdmx_import", actor + "-" + System.currentTimeMillis(), AuditAction.CREATE, "Imported SDMX-CSV "
                + s.fileName() + ": " + s.created() + " new, " + s.updated() + " updated, " + s.unchanged()
                + " unchanged", null, after);
    }
}
