package org.haven.partner;

import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.DemoDataOwner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo partners (partner.demo = true) with their contacts and agreements (on delete cascade). Removed last
 * (lowest precedence), after the demo rows that refer to partners (funding, activities); links of real activities to
 * a demo partner go with it, and users who belonged to one are left without a partner (on delete set null).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PartnerDemoOwner implements DemoDataOwner {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PartnerDemoOwner(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public String labelKey() {
        return "demo.owner.partners";
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from partner where demo = true").query(Long.class).single()
                + jdbc.sql("select count(*) from partnership_agreement where demo = true").query(Long.class).single();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long remove() {
        List<String> codes = jdbc.sql("select code from partner where demo = true order by code").query(String.class).list();
        int agreements = jdbc.sql("delete from partnership_agreement where demo = true").update();
        if (codes.isEmpty()) {
            return agreements;
        }
        jdbc.sql("delete from activity_partner where partner_code in (select code from partner where demo = true)").update();
        int removed = jdbc.sql("delete from partner where demo = true").update();
        audit.record("partner", "demo", AuditAction.DELETE, "Removed " + removed + " demo partners and "
                + agreements + " demo partnership agreements", codes, null);
        return removed + agreements;
    }
}
