package org.haven.partner;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.demo.DemoDataStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With demo data on, demo partners registered and no demo agreements yet, adds clearly labelled demo partnership
 * agreements (titles starting "[DEMO] ", demo=true) and one demo contact with a reserved example.org address, so the
 * partner pages show every section on first start.
 */
@Component
@Order(6)
class DemoAgreements implements ApplicationRunner {

    private record Demo(String partner, String title, String start, String end, String scope, List<String> nodes) {
    }

    static final List<Demo> AGREEMENTS = List.of(
            new Demo("DEMO-NGO", "Partnership on child-sensitive justice and violence prevention", "2024-01-01", "2026-12-31",
                    "Joint work on the national survey, model legislation and community prevention.",
                    List.of("SO1", "SO3", "OO4", "JUS", "INS")),
            new Demo("DEMO-NSO", "Data-sharing agreement on violence against children statistics", "2024-01-15", null,
                    "Survey methodology, microdata access under the national statistics law, and reporting of KCI data.",
                    List.of("SO1", "OO1")),
            new Demo("DEMO-TELECOM", "Memorandum of understanding on online child safety", "2024-03-01", "2025-06-30",
                    "Awareness campaign on online child sexual exploitation and reporting channels.",
                    List.of("SO1", "CYB")),
            new Demo("DEMO-MIGRES", "Research collaboration on children on the move", "2024-09-01", "2025-08-31",
                    "Child-led interviews and the published study on violence against children on the move.",
                    List.of("SO2", "MOV")));

    private final JdbcClient jdbc;
    private final AgreementStore agreements;
    private final PartnerStore partners;
    private final AuditLog audit;
    private final DemoDataStatus demo;
    private final boolean enabled;

    DemoAgreements(JdbcClient jdbc, AgreementStore agreements, PartnerStore partners, AuditLog audit,
            DemoDataStatus demo, @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.partners = partners;
        this.audit = audit;
        this.demo = demo;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.seedingAllowed(enabled)
                || jdbc.sql("select count(*) from partnership_agreement where demo").query(Long.class).single() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Demo d : AGREEMENTS) {
            if (partners.find(d.partner()).filter(Partner::demo).isEmpty()) {
                continue;
            }
            long id = agreements.insert(d.partner(), new AgreementInput("[DEMO] " + d.title(), LocalDate.parse(d.start()),
                    d.end() == null ? null : LocalDate.parse(d.end()), d.scope(), d.nodes(), true, null), "system", now);
            audit.record("partnership_agreement", id, AuditAction.CREATE, "Demo partnership agreement with " + d.partner(),
                    null, agreements.find(id).orElseThrow());
        }
        if (partners.find("DEMO-NGO").filter(Partner::demo).isPresent() && partners.contacts("DEMO-NGO").isEmpty()) {
            long id = partners.insertContact("DEMO-NGO", new ContactInput("[DEMO] Programme focal point",
                    "focal.point@example.org", "Programme manager (fictitious)", null), "system", now);
            audit.record("partner_contact", id, AuditAction.CREATE, "Demo contact of DEMO-NGO", null, null);
        }
    }
}
