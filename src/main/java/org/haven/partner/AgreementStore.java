package org.haven.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Partnership agreements and the framework nodes they cover. */
@Repository
class AgreementStore {

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A partner's agreements, newest start first. */
    List<PartnershipAgreement> ofPartner(String partnerCode) {
        Map<Long, List<String>> nodes = new HashMap<>();
        jdbc.sql("""
                select n.agreement_id, n.node_code from partnership_agreement_node n
                join partnership_agreement a on a.id = n.agreement_id where a.partner_code = :code""")
                .param("code", partnerCode).query((rs, n) -> nodes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return jdbc.sql("select * from partnership_agreement where partner_code = :code order by start_date desc, id desc")
                .param("code", partnerCode).query(AgreementStore::agreement).list().stream()
                .map(a -> a.withNodes(nodes.getOrDefault(a.id(), List.of()))).toList();
    }

    Optional<PartnershipAgreement> find(long id) {
        return jdbc.sql("select * from partnership_agreement where id = :id").param("id", id)
                .query(AgreementStore::agreement).optional().map(this::withNodes);
    }

    long insert(String partnerCode, AgreementInput in, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into partnership_agreement (partner_code, title, start_date, end_date, scope, demo, version,
                    created_at, created_by, updated_at, updated_by)
                values (:partner, :title, :start, :end, :scope, :demo, 0, :now, :actor, :now, :actor)""")
                .param("partner", partnerCode).param("title", in.title()).param("start", in.startDate())
                .param("end", in.endDate()).param("scope", in.scope()).param("demo", Boolean.TRUE.equals(in.demo()))
                .param("now", now).param("actor", actor).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceNodes(id, in.nodeCodes());
        return id;
    }

    boolean update(long id, int version, AgreementInput in, String actor, OffsetDateTime now) {
        boolean changed = jdbc.sql("""
                update partnership_agreement set title = :title, start_date = :start, end_date = :end, scope = :scope,
                    version = version + 1, updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .param("title", in.title()).param("start", in.startDate()).param("end", in.endDate())
                .param("scope", in.scope()).param("now", now).param("actor", actor).param("id", id)
                .param("version", version).update() == 1;
        if (changed) {
            replaceNodes(id, in.nodeCodes());
        }
        return changed;
    }

    void delete(long id) {
        jdbc.sql("delete from partnership_agreement where id = :id").param("id", id).update();
    }

    private void replaceNodes(long id, List<String> codes) {
        jdbc.sql("delete from partnership_agreement_node where agreement_id = :id").param("id", id).update();
        for (String code : codes) {
            jdbc.sql("insert into partnership_agreement_node (agreement_id, node_code) values (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
    }

    private PartnershipAgreement withNodes(PartnershipAgreement a) {
        return a.withNodes(jdbc.sql("select node_code from partnership_agreement_node where agreement_id = :id")
                .param("id", a.id()).query(String.class).list());
    }

    static PartnershipAgreement agreement(ResultSet rs, int n) throws SQLException {
        return new PartnershipAgreement(rs.getLong("id"), rs.getString("partner_code"), rs.getString("title"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("scope"), null, rs.getBoolean("demo"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
