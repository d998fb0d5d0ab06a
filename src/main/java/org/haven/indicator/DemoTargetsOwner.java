package org.haven.indicator;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.DemoDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The illustrative baselines and targets {@link TargetDemoData} loads: note "demo" and a "Demo ..." source. */
@Component
class DemoTargetsOwner implements DemoDataOwner {

    private static final String DEMO = """
            note = 'demo' and (source = 'Demo baseline (illustrative)' or source = 'Demo target (illustrative)')""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DemoTargetsOwner(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public String labelKey() {
        return "demo.owner.targets";
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from indicator_target where " + DEMO).query(Long.class).single();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long remove() {
        int removed = jdbc.sql("delete from indicator_target where " + DEMO).update();
        if (removed > 0) {
            audit.record("indicator_target", "demo", AuditAction.DELETE, "Removed " + removed
                    + " demo baselines and targets", null, null);
        }
        return removed;
    }
}
