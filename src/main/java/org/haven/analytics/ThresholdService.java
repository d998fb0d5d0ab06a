package org.haven.analytics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Per-indicator status thresholds: read from memory on every query, changed by ADMIN or MEL_OFFICER (audited,
 * version-checked); an indicator without its own row uses {@link StatusThresholds#DEFAULT}.
 */
@Service
class ThresholdService {

    /** One indicator's thresholds for the page: {@code own} false when the defaults apply (version -1). */
    record Entry(String indicator, String name, StatusThresholds thresholds, boolean own, int version) {

        public String onTrackText() {
            return AnalyticsTable.number(thresholds.onTrack());
        }

        public String atRiskText() {
            return AnalyticsTable.number(thresholds.atRisk());
        }
    }

    private static final BigDecimal MAX = BigDecimal.valueOf(1000);

    private final ThresholdStore store;
    private final RegistryCache registry;
    private final AuditLog audit;
    private final CurrentUser user;
    private volatile Map<String, ThresholdStore.Stored> cache;

    ThresholdService(ThresholdStore store, RegistryCache registry, AuditLog audit, CurrentUser user) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.user = user;
    }

    StatusThresholds thresholds(String indicator) {
        Map<String, ThresholdStore.Stored> c = cache;
        if (c == null) {
            c = store.all();
            cache = c;
        }
        ThresholdStore.Stored s = c.get(indicator);
        return s == null ? StatusThresholds.DEFAULT
                : new StatusThresholds(s.onTrack().doubleValue(), s.atRisk().doubleValue());
    }

    boolean canEdit() {
        return user.hasAny(Role.ADMIN, Role.MEL_OFFICER);
    }

    @Transactional(readOnly = true)
    List<Entry> entries() {
        Map<String, ThresholdStore.Stored> stored = store.all();
        List<Entry> out = new ArrayList<>();
        for (Registry.IndicatorDef def : registry.current().indicators()) {
            ThresholdStore.Stored s = stored.get(def.code());
            out.add(s == null ? new Entry(def.code(), def.profile().name(), StatusThresholds.DEFAULT, false, -1)
                    : new Entry(def.code(), def.profile().name(),
                            new StatusThresholds(s.onTrack().doubleValue(), s.atRisk().doubleValue()), true, s.version()));
        }
        return out;
    }

    @Transactional(readOnly = true)
    Entry entry(String indicator) {
        return entries().stream().filter(e -> e.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator", indicator));
    }

    /**
     * Sets the indicator's thresholds; {@code version} is the one the user saw (-1: the defaults were shown).
     * InvalidInputException names onTrack or atRisk; a stale version is a ConflictException.
     */
    @Transactional
    void save(String indicator, String onTrackText, String atRiskText, int version) {
        user.require("change status thresholds", Role.ADMIN, Role.MEL_OFFICER);
        Entry current = entry(indicator);
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal onTrack = number("onTrack", onTrackText, problems);
        BigDecimal atRisk = number("atRisk", atRiskText, problems);
        if (onTrack != null && atRisk != null && atRisk.compareTo(onTrack) > 0) {
            problems.add(new FieldProblem("atRisk", "must not be above the on-track threshold (" + onTrack.toPlainString() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (current.version() != version) {
            throw ConflictException.staleVersion("Thresholds of indicator", indicator);
        }
        String actor = user.username();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!current.own()) {
            store.insert(indicator, onTrack, atRisk, actor, now);
        } else if (!store.update(indicator, onTrack, atRisk, version, actor, now)) {
            throw ConflictException.staleVersion("Thresholds of indicator", indicator);
        }
        audit.record("analytics_threshold", indicator, current.own() ? AuditAction.UPDATE : AuditAction.CREATE,
                "Status thresholds of " + indicator + ": on track from " + onTrack.toPlainString() + "%, at risk from "
                        + atRisk.toPlainString() + "%", values(current.thresholds()), values(onTrack, atRisk));
        invalidateAfterCommit();
    }

    /** Back to the defaults. */
    @Transactional
    void reset(String indicator, int version) {
        user.require("change status thresholds", Role.ADMIN, Role.MEL_OFFICER);
        Entry current = entry(indicator);
        if (!current.own()) {
            return;
        }
        if (current.version() != version || !store.delete(indicator, version)) {
            throw ConflictException.staleVersion("Thresholds of indicator", indicator);
        }
        audit.record("analytics_threshold", indicator, AuditAction.DELETE, "Status thresholds of " + indicator
                + " back to the defaults", values(current.thresholds()), values(StatusThresholds.DEFAULT));
        invalidateAfterCommit();
    }

    private void invalidateAfterCommit() {
        cache = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache = null;
                }
            });
        }
    }

    private static BigDecimal number(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "a percentage is required"));
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(text.trim());
            if (v.signum() < 0 || v.compareTo(MAX) > 0 || v.scale() > 2) {
                problems.add(new FieldProblem(field, "must be a percentage from 0 to 1000 with at most 2 decimals"));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "'" + text.trim() + "' is not a number"));
            return null;
        }
    }

    private static Map<String, Object> values(StatusThresholds t) {
        return values(BigDecimal.valueOf(t.onTrack()), BigDecimal.valueOf(t.atRisk()));
    }

    private static Map<String, Object> values(BigDecimal onTrack, BigDecimal atRisk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("onTrack", onTrack.stripTrailingZeros().toPlainString());
        m.put("atRisk", atRisk.stripTrailingZeros().toPlainString());
        return m;
    }
}
