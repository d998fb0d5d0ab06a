package org.haven.data;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.DemoDataOwner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data values (data_value.demo) with their history, and the demo approvals of demo periods. Removal is
 * one audit event and one {@link DataValuesChanged}, so analytics and validation forget them at once.
 */
@Component
class DemoValuesOwner implements DemoDataOwner {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DemoValuesOwner(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public String labelKey() {
        return "demo.owner.values";
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from data_value where demo = true").query(Long.class).single();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long remove() {
        Set<String> elements = new LinkedHashSet<>();
        Set<String> orgUnits = new LinkedHashSet<>();
        Set<String> periods = new LinkedHashSet<>();
        jdbc.sql("select distinct data_element_code, org_unit_code, period from data_value where demo = true")
                .query(rs -> {
                    elements.add(rs.getString(1));
                    orgUnits.add(rs.getString(2));
                    periods.add(rs.getString(3));
                });
        int history = jdbc.sql("""
                delete from data_value_history where exists (select 1 from data_value v where v.demo = true
                    and v.data_element_code = data_value_history.data_element_code
                    and v.org_unit_code = data_value_history.org_unit_code and v.period = data_value_history.period
                    and v.combo = data_value_history.combo and v.partner_code = data_value_history.partner_code)""")
                .update();
        int values = jdbc.sql("delete from data_value where demo = true").update();
        jdbc.sql("""
                delete from data_approval_history where exists (select 1 from data_approval a where a.demo = true
                    and a.data_set_code = data_approval_history.data_set_code
                    and a.org_unit_code = data_approval_history.org_unit_code
                    and a.period = data_approval_history.period)""").update();
        int approvals = jdbc.sql("delete from data_approval where demo = true").update();
        if (values + approvals == 0) {
            return 0;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("values", values);
        before.put("historyRows", history);
        before.put("approvals", approvals);
        before.put("dataElements", elements.stream().limit(50).toList());
        before.put("orgUnits", orgUnits.stream().limit(50).toList());
        audit.record("data_values", "demo", AuditAction.DELETE, "Removed " + values + " demo data values and "
                + approvals + " demo approvals", before, null);
        events.publishEvent(new DataValuesChanged(elements, orgUnits, periods));
        return values;
    }
}
