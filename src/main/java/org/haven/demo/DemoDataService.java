package org.haven.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.DemoDataOwner;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists the demo data owners with their counts and removes all demo data at once (ADMIN only). */
@Service
class DemoDataService {

    /** One owner as the admin page shows it. */
    record OwnerCount(String labelKey, long count) {
    }

    private final List<DemoDataOwner> owners;
    private final AuditLog audit;
    private final CurrentUser user;
    private final JdbcClient jdbc;

    DemoDataService(List<DemoDataOwner> owners, AuditLog audit, CurrentUser user, JdbcClient jdbc) {
        this.owners = owners;
        this.audit = audit;
        this.user = user;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<OwnerCount> counts() {
        requireAdmin();
        return owners.stream().map(o -> new OwnerCount(o.labelKey(), o.count())).toList();
    }

    /**
     * Removes every owner's demo rows in ONE transaction (any failure leaves everything as it was), records the
     * removal so no seeder loads demo data again, and audits it; returns how many rows went per owner.
     */
    @Transactional
    List<OwnerCount> removeAll() {
        requireAdmin();
        List<OwnerCount> removed = new ArrayList<>();
        Map<String, Object> after = new LinkedHashMap<>();
        long total = 0;
        for (DemoDataOwner owner : owners) {
            long n = owner.remove();
            removed.add(new OwnerCount(owner.labelKey(), n));
            after.put(owner.labelKey(), n);
            total += n;
        }
        jdbc.sql("insert into demo_removal (removed_by, removed_at, removed) values (:by, :at, :n)")
                .param("by", user.username()).param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("n", (int) Math.min(Integer.MAX_VALUE, total)).update();
        audit.record("demo_data", "all", AuditAction.DELETE, "Removed all demo data: " + total + " rows", null, after);
        return removed;
    }

    private void requireAdmin() {
        user.require("manage demo data", Role.ADMIN);
    }
}
