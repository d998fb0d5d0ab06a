package org.haven.plan;

import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.DemoDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo Action Plan: activities with activity.demo = true (codes DEMO-nn, loaded by {@link DemoActionPlan}); their
 * links, areas and progress updates go with them (on delete cascade).
 */
@Component
class DemoActivitiesOwner implements DemoDataOwner {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DemoActivitiesOwner(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public String labelKey() {
        return "demo.owner.activities";
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from activity where demo = true").query(Long.class).single();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long remove() {
        List<String> codes = jdbc.sql("select code from activity where demo = true order by code").query(String.class)
                .list();
        if (codes.isEmpty()) {
            return 0;
        }
        int removed = jdbc.sql("delete from activity where demo = true").update();
        audit.record("activity", "demo", AuditAction.DELETE, "Removed " + removed + " demo activities",
                codes, null);
        return removed;
    }
}
