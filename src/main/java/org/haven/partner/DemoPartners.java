package org.haven.partner;

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
 * With demo data on and no demo partners yet, registers clearly labelled demo partners and donors (codes DEMO-...,
 * names starting "[DEMO] ", demo=true) before the demo users (the demo partner reporter belongs to DEMO-NGO), the
 * demo Action Plan and the demo funding agreements that refer to them.
 */
@Component
@Order(5)
class DemoPartners implements ApplicationRunner {

    /** The demo partners; their codes are what the demo Action Plan, demo users and demo funding refer to. */
    static final List<PartnerRef> PARTNERS = List.of(
            demo("DEMO-NGO", "Child rights NGO", PartnerType.NGO, null, "KEN"),
            demo("DEMO-NSO", "National statistics office", PartnerType.MEMBER_STATE, null, "KEN"),
            demo("DEMO-TELECOM", "Telecom operators forum", PartnerType.PRIVATE_SECTOR, null, null),
            demo("DEMO-JTI", "Judicial training institute", PartnerType.ACADEMIA, null, null),
            demo("DEMO-MIGRES", "Migration research network", PartnerType.ACADEMIA, null, null),
            demo("DEMO-TECH", "Tech industry coalition", PartnerType.PRIVATE_SECTOR, DonorType.PUBLIC_PRIVATE, null),
            demo("DEMO-CHILDREN", "Children's councils", PartnerType.CHILDREN_ORGANISATION, null, null),
            demo("DEMO-LEADERS", "Religious and traditional leaders network", PartnerType.NGO, null, null),
            demo("DEMO-DONOR-GOV", "Government donor A", PartnerType.MEMBER_STATE, DonorType.TRADITIONAL, null),
            demo("DEMO-DONOR-FDN", "Private foundation B", PartnerType.PRIVATE_SECTOR, DonorType.NON_TRADITIONAL, null),
            demo("DEMO-DONOR-FUND", "UN pooled fund C", PartnerType.UN_ENTITY, DonorType.UN_DEVELOPMENT_COOPERATION, null),
            demo("DEMO-DONOR-BANK", "Development bank D", PartnerType.IFI, DonorType.IFI, null));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final DemoDataStatus demo;
    private final boolean enabled;

    DemoPartners(JdbcClient jdbc, AuditLog audit, DemoDataStatus demo,
            @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.demo = demo;
        this.enabled = enabled;
    }

    private static PartnerRef demo(String code, String name, PartnerType type, DonorType donor, String country) {
        return new PartnerRef(code, "[DEMO] " + name, type, donor, country, null, true);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.seedingAllowed(enabled)
                || jdbc.sql("select count(*) from partner where demo").query(Long.class).single() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (PartnerRef p : PARTNERS) {
            jdbc.sql("""
                    insert into partner (code, name, partner_type, donor_type, country_code, description, demo, version,
                        created_at, created_by, updated_at, updated_by)
                    values (:code, :name, :type, :donor, :country, :description, true, 0, :now, 'system', :now, 'system')""")
                    .param("code", p.code()).param("name", p.name()).param("type", p.type().name())
                    .param("donor", p.donor() ? p.donorType().name() : null).param("country", p.countryCode())
                    .param("description", "Demonstration partner shipped with Haven. Not a real organisation.")
                    .param("now", now).update();
            audit.record("partner", p.code(), AuditAction.CREATE, "Demo partner " + p.name(), null, p);
        }
    }
}
