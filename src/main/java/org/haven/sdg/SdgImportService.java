package org.haven.sdg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.data.ItemProblem;
import org.haven.data.PublishedValue;
import org.haven.data.PublishedValues;
import org.haven.data.ValueKey;
import org.haven.data.WriteSummary;
import org.haven.indicator.PublishedSeries;
import org.haven.user.CurrentUser;
import org.haven.user.HavenUser;
import org.haven.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports published SDG values. A dry run maps every row, adds the series and age groups the file needs and counts
 * what would change, all inside a transaction that is rolled back. A commit does the same and writes the values in
 * ONE transaction; it writes nothing when a whole file is unreadable, or when rows are rejected and the caller did
 * not choose to skip them. ADMIN and MEL_OFFICER (and the system, on the first start) may import.
 */
@Service
class SdgImportService {

    /** Origin of the shipped extract. */
    static final String SHIPPED_ORIGIN = "UN SDG Global Database, 2020 extract (Gapminder DDF)";
    static final String DDF_ORIGIN = "UN SDG Global Database (Gapminder DDF extract)";
    static final String API_ORIGIN = "UN SDG Global Database (UN SDG API)";

    private final SdgMapper mapper;
    private final PublishedSeries registry;
    private final PublishedValues values;
    private final SdgImportStore store;
    private final AuditLog audit;
    private final CurrentUser user;
    private final TransactionTemplate transaction;

    SdgImportService(SdgMapper mapper, PublishedSeries registry, PublishedValues values, SdgImportStore store,
            AuditLog audit, CurrentUser user, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.registry = registry;
        this.values = values;
        this.store = store;
        this.audit = audit;
        this.user = user;
        this.transaction = new TransactionTemplate(transactions);
    }

    boolean canImport() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    void requireImporter() {
        user.require("import SDG data", Role.ADMIN, Role.MEL_OFFICER);
    }

    boolean anyImport() {
        return store.any();
    }

    List<SdgImportStore.Logged> recent() {
        return store.recent(20);
    }

    /** Maps and counts without writing anything. */
    SdgSummary dryRun(SdgSource source, String origin) {
        return run(source, origin, false, false);
    }

    /**
     * Writes the file's values in one transaction. With {@code skipRejected} the rejected rows are left out (they
     * are listed in the summary); without it any rejected row refuses the commit. Nothing is written when a whole
     * file could not be read.
     */
    SdgSummary commit(SdgSource source, String origin, boolean skipRejected) {
        return run(source, origin, true, skipRejected);
    }

    private SdgSummary run(SdgSource source, String origin, boolean commit, boolean skipRejected) {
        if (user.get().isPresent()) {
            user.require("import SDG data", Role.ADMIN, Role.MEL_OFFICER);
        }
        SdgReader.Result read;
        try {
            read = SdgReader.read(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String chosenOrigin = origin(origin, read.layouts());
        return transaction.execute(status -> {
            Outcome o = map(read, chosenOrigin);
            boolean fileRefused = !read.problems().isEmpty();
            if (!commit || fileRefused || !o.rejections().isEmpty() && !skipRejected) {
                WriteSummary counts = o.published().isEmpty() ? new WriteSummary(0, 0, 0, 0) : values.preview(o.published());
                status.setRollbackOnly();
                String refusal = !commit ? null : fileRefused ? "a file could not be read: nothing was written"
                        : "rows are rejected: nothing was written (skip the rejected rows to import the others)";
                return summary(source, read, chosenOrigin, !commit, false, refusal, counts, o);
            }
            WriteSummary written = o.published().isEmpty() ? new WriteSummary(0, 0, 0, 0) : values.write(o.published());
            SdgSummary summary = summary(source, read, chosenOrigin, false, true, null, written, o);
            record(summary);
            return summary;
        });
    }

    /** Accepted values and every rejection of the file, with the registry changes made in the current transaction. */
    private record Outcome(List<PublishedValue> published, List<SdgRejection> rejections, List<String> newSeries,
            List<String> newAgeGroups) {
    }

    private Outcome map(SdgReader.Result read, String origin) {
        SdgMapper.Plan plan = mapper.map(read.rows());
        List<String> newAgeGroups = plan.ageBands().isEmpty() ? List.of() : registry.addAgeBands(plan.ageBands());
        List<String> newSeries = new ArrayList<>();
        plan.series().values().forEach(spec -> {
            if (registry.ensure(spec)) {
                newSeries.add(spec.code());
            }
        });
        List<SdgMapper.Candidate> accepted = new ArrayList<>(plan.accepted());
        List<PublishedValue> published = new ArrayList<>(accepted.size());
        for (SdgMapper.Candidate c : accepted) {
            published.add(published(c, plan.ageCategory().get(c.series()), origin));
        }
        List<SdgRejection> rejections = new ArrayList<>(read.problems());
        rejections.addAll(plan.rejections());
        List<ItemProblem> problems = published.isEmpty() ? List.of() : values.check(published);
        if (!problems.isEmpty()) {
            Map<Integer, String> byIndex = new LinkedHashMap<>();
            problems.forEach(p -> byIndex.merge(p.index(), p.field() + ": " + p.message(), (a, b) -> a + "; " + b));
            List<PublishedValue> kept = new ArrayList<>();
            for (int i = 0; i < published.size(); i++) {
                SdgMapper.Candidate c = accepted.get(i);
                if (byIndex.containsKey(i)) {
                    rejections.add(new SdgRejection(c.row().file(), c.row().row(), c.series(), byIndex.get(i)));
                } else {
                    kept.add(published.get(i));
                }
            }
            published = kept;
        }
        rejections.sort(Comparator.comparing(SdgRejection::file).thenComparingLong(SdgRejection::row));
        return new Outcome(published, rejections, newSeries, newAgeGroups);
    }

    private static PublishedValue published(SdgMapper.Candidate c, String ageCategory, String origin) {
        Map<String, String> categories = new LinkedHashMap<>();
        if (c.sex() != null) {
            categories.put("SEX", c.sex());
        }
        if (c.age() != null) {
            categories.put(ageCategory, c.age().code());
        }
        return new PublishedValue(new ValueKey(c.series(), c.orgUnit(), c.period(), categories, null), c.value(),
                c.nature(), origin, c.row().note());
    }

    private SdgSummary summary(SdgSource source, SdgReader.Result read, String origin, boolean dryRun,
            boolean committed, String refusal, WriteSummary counts, Outcome o) {
        return new SdgSummary(source.name(), read.layouts(), origin, dryRun, committed, refusal, read.rows().size(),
                counts.created(), counts.updated(), counts.unchanged(), o.rejections().size(), o.rejections(),
                o.newSeries(), o.newAgeGroups());
    }

    private void record(SdgSummary s) {
        String actor = user.get().map(HavenUser::username).orElse("system");
        long id = store.insert(s, actor, OffsetDateTime.now(ZoneOffset.UTC));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", s.fileName());
        after.put("origin", s.origin());
        after.put("rows", s.rows());
        after.put("created", s.created());
        after.put("updated", s.updated());
        after.put("unchanged", s.unchanged());
        after.put("rejected", s.rejected());
        after.put("newSeries", s.newSeries());
        after.put("newAgeGroups", s.newAgeGroups());
        audit.record("sdg_import", id, AuditAction.CREATE, "Imported SDG data from " + s.fileName() + ": "
                + s.created() + " new, " + s.updated() + " updated, " + s.unchanged() + " unchanged, " + s.rejected()
                + " rejected rows skipped", null, after);
    }

    private static String origin(String given, Set<String> layouts) {
        if (given != null && !given.isBlank()) {
            return given.trim().length() > 200 ? given.trim().substring(0, 200) : given.trim();
        }
        return layouts.contains(SdgReader.API) && !layouts.contains(SdgReader.DDF) ? API_ORIGIN : DDF_ORIGIN;
    }
}
