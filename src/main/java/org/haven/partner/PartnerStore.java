package org.haven.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Partners and their contacts in the database. SQL text is static; values are bound. */
@Repository
class PartnerStore {

    private final JdbcClient jdbc;

    PartnerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Partner> find(String code) {
        return jdbc.sql("select * from partner where upper(code) = :code")
                .param("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT)).query(PartnerStore::partner).optional();
    }

    /** Partners matching the filter, by name; {@code only} narrows to one partner code (partner-scoped users). */
    List<Partner> search(PartnerFilter f, String only) {
        return jdbc.sql("""
                select * from partner p
                where (cast(:type as varchar(30)) is null or p.partner_type = :type)
                  and (cast(:country as varchar(20)) is null or p.country_code = :country)
                  and (cast(:only as varchar(40)) is null or p.code = :only)
                  and (cast(:q as varchar(400)) is null or lower(p.code) like :q escape '!' or lower(p.name) like :q escape '!'
                       or lower(coalesce(p.description, '')) like :q escape '!')
                order by lower(p.name), p.code""")
                .param("type", f.type() == null ? null : f.type().name()).param("country", f.country())
                .param("only", only)
                .param("q", f.q() == null ? null : "%" + likeEscape(f.q().toLowerCase(Locale.ROOT)) + "%")
                .query(PartnerStore::partner).list();
    }

    boolean iatiRefTaken(String iatiRef, String exceptCode) {
        return jdbc.sql("select count(*) from partner where lower(iati_ref) = :ref and (cast(:code as varchar(40)) is null or code <> :code)")
                .param("ref", iatiRef.trim().toLowerCase(Locale.ROOT)).param("code", exceptCode).query(Long.class).single() > 0;
    }

    void insert(PartnerInput in, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into partner (code, name, partner_type, donor_type, country_code, website, iati_ref, description,
                    needs_review, demo, version, created_at, created_by, updated_at, updated_by)
                values (:code, :name, :type, :donor, :country, :website, :iati, :description, :review, false, 0,
                    :now, :actor, :now, :actor)""")
                .params(values(in, actor, now)).update();
    }

    /** Changes the row when its version still matches; false when someone else changed it. */
    boolean update(String code, int version, PartnerInput in, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update partner set name = :name, partner_type = :type, donor_type = :donor, country_code = :country,
                    website = :website, iati_ref = :iati, description = :description, needs_review = :review,
                    version = version + 1, updated_at = :now, updated_by = :actor
                where code = :code and version = :version""")
                .params(values(in, actor, now)).param("code", code).param("version", version).update() == 1;
    }

    boolean delete(String code) {
        return jdbc.sql("delete from partner where code = :code").param("code", code).update() == 1;
    }

    /** How many activities and users refer to the partner (a partner in use is not deleted). */
    long references(String code) {
        return jdbc.sql("select count(*) from activity_partner where partner_code = :code").param("code", code)
                .query(Long.class).single()
                + jdbc.sql("select count(*) from app_user where partner_code = :code").param("code", code)
                        .query(Long.class).single();
    }

    List<PartnerContact> contacts(String partnerCode) {
        return jdbc.sql("select * from partner_contact where partner_code = :code order by lower(name), id")
                .param("code", partnerCode).query(PartnerStore::contact).list();
    }

    Optional<PartnerContact> contact(long id) {
        return jdbc.sql("select * from partner_contact where id = :id").param("id", id).query(PartnerStore::contact).optional();
    }

    long insertContact(String partnerCode, ContactInput in, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into partner_contact (partner_code, name, email, role, version, created_at, created_by, updated_at, updated_by)
                values (:partner, :name, :email, :role, 0, :now, :actor, :now, :actor)""")
                .param("partner", partnerCode).param("name", in.name()).param("email", in.email()).param("role", in.role())
                .param("now", now).param("actor", actor).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean updateContact(long id, int version, ContactInput in, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update partner_contact set name = :name, email = :email, role = :role, version = version + 1,
                    updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .param("name", in.name()).param("email", in.email()).param("role", in.role()).param("now", now)
                .param("actor", actor).param("id", id).param("version", version).update() == 1;
    }

    void deleteContact(long id) {
        jdbc.sql("delete from partner_contact where id = :id").param("id", id).update();
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Map<String, Object> values(PartnerInput in, String actor, OffsetDateTime now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", in.code());
        m.put("name", in.name());
        m.put("type", in.type());
        m.put("donor", in.donorType());
        m.put("country", in.countryCode());
        m.put("website", in.website());
        m.put("iati", in.iatiRef());
        m.put("description", in.description());
        m.put("review", Boolean.TRUE.equals(in.needsReview()));
        m.put("actor", actor);
        m.put("now", now);
        return m;
    }

    static Partner partner(ResultSet rs, int n) throws SQLException {
        String donor = rs.getString("donor_type");
        return new Partner(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                PartnerType.valueOf(rs.getString("partner_type")), donor == null ? null : DonorType.valueOf(donor),
                rs.getString("country_code"), rs.getString("website"), rs.getString("iati_ref"),
                rs.getString("description"), rs.getBoolean("needs_review"), rs.getBoolean("demo"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }

    static PartnerContact contact(ResultSet rs, int n) throws SQLException {
        return new PartnerContact(rs.getLong("id"), rs.getString("partner_code"), rs.getString("name"),
                rs.getString("email"), rs.getString("role"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
