package org.haven.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcPartnerDirectory implements PartnerDirectory {

    private static final String COLUMNS = "select code, name, partner_type, donor_type, country_code, iati_ref, demo from partner";

    private final JdbcClient jdbc;

    JdbcPartnerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PartnerRef> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + " where upper(code) = :code").param("code", code.trim().toUpperCase(Locale.ROOT))
                .query(JdbcPartnerDirectory::row).optional();
    }

    @Override
    public List<PartnerRef> all() {
        return jdbc.sql(COLUMNS + " order by name, code").query(JdbcPartnerDirectory::row).list();
    }

    @Override
    public List<PartnerRef> donors() {
        return jdbc.sql(COLUMNS + " where donor_type is not null order by name, code")
                .query(JdbcPartnerDirectory::row).list();
    }

    @Override
    public List<ActivityPartner> ofActivity(String activityCode) {
        return jdbc.sql("""
                select p.code, p.name, p.partner_type, p.donor_type, p.country_code, p.iati_ref, p.demo, ap.role
                from activity_partner ap join partner p on p.code = ap.partner_code
                join activity a on a.id = ap.activity_id
                where upper(a.code) = :code order by p.name, p.code""")
                .param("code", activityCode == null ? "" : activityCode.trim().toUpperCase(Locale.ROOT))
                .query((rs, n) -> new ActivityPartner(row(rs, n), rs.getString("role"))).list();
    }

    static PartnerRef row(ResultSet rs, int n) throws SQLException {
        String donor = rs.getString("donor_type");
        return new PartnerRef(rs.getString("code"), rs.getString("name"),
                PartnerType.valueOf(rs.getString("partner_type")), donor == null ? null : DonorType.valueOf(donor),
                rs.getString("country_code"), rs.getString("iati_ref"), rs.getBoolean("demo"));
    }
}
