package org.haven.exchange.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.InvalidInputException;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerRef;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports IATI activity files of other publishers (ADMIN, MEL_OFFICER, PROGRAMME_OFFICER): a dry run reports what
 * would be created or updated and what is skipped; a commit writes every activity in one transaction (a re-import
 * updates by iati-identifier), each change audited. A refused file changes nothing.
 */
@Service
class IatiImportService {

    private final IatiReader reader;
    private final IatiActivityStore store;
    private final PartnerDirectory partners;
    private final AuditLog audit;
    private final CurrentUser user;
    private final IatiSettings settings;

    IatiImportService(IatiReader reader, IatiActivityStore store, PartnerDirectory partners, AuditLog audit,
            CurrentUser user, IatiSettings settings) {
        this.reader = reader;
        this.store = store;
        this.partners = partners;
        this.audit = audit;
        this.user = user;
        this.settings = settings;
    }

    void requireImporter() {
        user.require("import IATI activities", Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER);
    }

    /** Reads at most the configured size; a larger upload is refused before it is parsed. */
    byte[] readLimited(InputStream in) {
        long max = settings.maxImportBytes();
        try {
            byte[] bytes = in.readNBytes(Math.toIntExact(Math.min(max, Integer.MAX_VALUE - 8)) + 1);
            if (bytes.length > max) {
                throw InvalidInputException.of("file", "the file is larger than " + (max / 1_000_000)
                        + " MB, the most an IATI import takes");
            }
            if (bytes.length == 0) {
                throw InvalidInputException.of("file", "the file is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public IatiImportReport dryRun(byte[] content, String fileName) {
        requireImporter();
        return report(fileName, true, reader.read(content, partnerLookup()));
    }

    @Transactional
    public IatiImportReport commit(byte[] content, String fileName) {
        requireImporter();
        List<IatiReader.Parsed> parsed = reader.read(content, partnerLookup());
        IatiImportReport report = report(fileName, false, parsed);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String by = user.username();
        String file = fileName(fileName);
        for (IatiReader.Parsed p : parsed) {
            ImportedActivity a = p.activity();
            Optional<ImportedActivity.Stored> before = store.find(a.identifier());
            if (before.isPresent()) {
                store.update(a, file, now, by);
                audit.record("iati_activity", a.identifier(), AuditAction.UPDATE, "IATI activity re-imported from "
                        + file + ": " + a.title(), before.get().activity(), a);
            } else {
                store.insert(a, file, now, by);
                audit.record("iati_activity", a.identifier(), AuditAction.CREATE, "IATI activity imported from "
                        + file + ": " + a.title(), null, a);
            }
        }
        return report;
    }

    @Transactional(readOnly = true)
    public List<ImportedActivity.Stored> recent() {
        return store.recent(100);
    }

    private IatiImportReport report(String fileName, boolean dryRun, List<IatiReader.Parsed> parsed) {
        List<IatiImportReport.ActivityLine> lines = new ArrayList<>();
        Map<String, Integer> totals = new TreeMap<>();
        int created = 0;
        int updated = 0;
        for (IatiReader.Parsed p : parsed) {
            boolean existing = store.find(p.activity().identifier()).isPresent();
            if (existing) {
                updated++;
            } else {
                created++;
            }
            p.skipped().forEach((k, v) -> totals.merge(k, v, Integer::sum));
            lines.add(new IatiImportReport.ActivityLine(p.activity().identifier(), p.activity().title(), existing,
                    p.activity().partnerCode(), new LinkedHashMap<>(p.skipped())));
        }
        return new IatiImportReport(fileName(fileName), dryRun, parsed.size(), created, updated, totals, lines);
    }

    private java.util.function.Function<String, Optional<String>> partnerLookup() {
        Map<String, String> byRef = new HashMap<>();
        for (PartnerRef p : partners.all()) {
            if (p.iatiRef() != null && !p.iatiRef().isBlank()) {
                byRef.put(p.iatiRef().trim().toUpperCase(Locale.ROOT), p.code());
            }
        }
        return ref -> Optional.ofNullable(byRef.get(ref.trim().toUpperCase(Locale.ROOT)));
    }

    private static String fileName(String name) {
        return name == null || name.isBlank() ? "upload.xml" : name.trim();
    }
}
