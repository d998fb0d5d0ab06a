package org.haven.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.funding.FundingInputs.ValidAgreement;
import org.haven.funding.FundingInputs.ValidFlow;
import org.haven.funding.FundingInputs.ValidPledge;
import org.haven.funding.FundingInputs.ValidRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Pledges, agreements with earmarks, flows and exchange rates in the database. SQL is static; values are bound. */
@Repository
class FundingStore {

    private static final String PLEDGES = """
            select g.*, p.name as donor_name from funding_pledge g join partner p on p.code = g.donor_code
            """;
    private static final String AGREEMENTS = """
            select g.*, p.name as donor_name from funding_agreement g join partner p on p.code = g.donor_code
            """;
    private static final String FLOWS = """
            select f.*, a.code as activity_code from funding_flow f left join activity a on a.id = f.activity_id
            """;

    private final JdbcClient jdbc;

    FundingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- exchange rates

    List<ExchangeRate> rates() {
        return jdbc.sql("select * from exchange_rate order by currency, valid_from").query((rs, n) -> new ExchangeRate(
                rs.getString("currency"), date(rs, "valid_from"), rs.getBigDecimal("rate_to_usd"), rs.getString("source"),
                rs.getBoolean("indicative"), rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("updated_by"))).list();
    }

    Optional<ExchangeRate> rate(String currency, LocalDate validFrom) {
        return rates().stream().filter(r -> r.currency().equals(currency) && r.validFrom().equals(validFrom)).findFirst();
    }

    void insertRate(ValidRate v, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into exchange_rate (currency, valid_from, rate_to_usd, source, indicative, version, updated_at, updated_by)
                values (:currency, :from, :rate, :source, false, 0, :now, :actor)""")
                .param("currency", v.currency()).param("from", v.validFrom()).param("rate", v.rateToUsd())
                .param("source", v.source()).param("now", now).param("actor", actor).update();
    }

    boolean updateRate(ValidRate v, int version, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update exchange_rate set rate_to_usd = :rate, source = :source, indicative = false,
                    version = version + 1, updated_at = :now, updated_by = :actor
                where currency = :currency and valid_from = :from and version = :version""")
                .param("currency", v.currency()).param("from", v.validFrom()).param("rate", v.rateToUsd())
                .param("source", v.source()).param("now", now).param("actor", actor).param("version", version)
                .update() == 1;
    }

    // ---- pledges

    List<Pledge> pledges() {
        return jdbc.sql(PLEDGES + " order by g.pledge_date desc, g.id desc").query(FundingStore::pledge).list();
    }

    Optional<Pledge> pledge(long id) {
        return jdbc.sql(PLEDGES + " where g.id = :id").param("id", id).query(FundingStore::pledge).optional();
    }

    long insertPledge(ValidPledge v, boolean demo, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into funding_pledge (donor_code, amount, currency, pledge_date, note, demo, version,
                    created_at, created_by, updated_at, updated_by)
                values (:donor, :amount, :currency, :date, :note, :demo, 0, :now, :actor, :now, :actor)""")
                .param("donor", v.donorCode()).param("amount", v.amount()).param("currency", v.currency())
                .param("date", v.date()).param("note", v.note()).param("demo", demo).param("now", now)
                .param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updatePledge(long id, int version, ValidPledge v, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update funding_pledge set donor_code = :donor, amount = :amount, currency = :currency,
                    pledge_date = :date, note = :note, version = version + 1, updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .param("donor", v.donorCode()).param("amount", v.amount()).param("currency", v.currency())
                .param("date", v.date()).param("note", v.note()).param("now", now).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    void deletePledge(long id) {
        jdbc.sql("delete from funding_pledge where id = :id").param("id", id).update();
    }

    // ---- agreements

    List<FundingAgreement> agreements() {
        return withEarmarks(jdbc.sql(AGREEMENTS + " order by g.start_date desc, g.id desc").query(FundingStore::agreement).list());
    }

    Optional<FundingAgreement> agreement(long id) {
        return jdbc.sql(AGREEMENTS + " where g.id = :id").param("id", id).query(FundingStore::agreement).optional()
                .map(a -> a.withEarmarks(jdbc.sql("select * from funding_earmark where agreement_id = :id order by id")
                        .param("id", id).query(FundingStore::earmark).list()));
    }

    boolean referenceTaken(String reference, Long exceptId) {
        return jdbc.sql("select count(*) from funding_agreement where upper(reference) = upper(:ref) and id <> :id")
                .param("ref", reference).param("id", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    long insertAgreement(ValidAgreement v, boolean demo, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into funding_agreement (reference, title, donor_code, pledge_id, amount, currency, start_date,
                    end_date, note, demo, version, created_at, created_by, updated_at, updated_by)
                values (:reference, :title, :donor, :pledge, :amount, :currency, :start, :end, :note, :demo, 0,
                    :now, :actor, :now, :actor)""")
                .param("reference", v.reference()).param("title", v.title()).param("donor", v.donorCode())
                .param("pledge", v.pledgeId()).param("amount", v.amount()).param("currency", v.currency())
                .param("start", v.startDate()).param("end", v.endDate()).param("note", v.note()).param("demo", demo)
                .param("now", now).param("actor", actor).update(keys, "id");
        long id = keys.getKey().longValue();
        insertEarmarks(id, v.earmarks());
        return id;
    }

    boolean updateAgreement(long id, int version, ValidAgreement v, String actor, OffsetDateTime now) {
        boolean done = jdbc.sql("""
                update funding_agreement set reference = :reference, title = :title, donor_code = :donor,
                    pledge_id = :pledge, amount = :amount, currency = :currency, start_date = :start, end_date = :end,
                    note = :note, version = version + 1, updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .param("reference", v.reference()).param("title", v.title()).param("donor", v.donorCode())
                .param("pledge", v.pledgeId()).param("amount", v.amount()).param("currency", v.currency())
                .param("start", v.startDate()).param("end", v.endDate()).param("note", v.note())
                .param("now", now).param("actor", actor).param("id", id).param("version", version).update() == 1;
        if (done) {
            jdbc.sql("delete from funding_earmark where agreement_id = :id").param("id", id).update();
            insertEarmarks(id, v.earmarks());
        }
        return done;
    }

    void deleteAgreement(long id) {
        jdbc.sql("delete from funding_agreement where id = :id").param("id", id).update();
    }

    private void insertEarmarks(long agreementId, List<Earmark> earmarks) {
        for (Earmark e : earmarks) {
            jdbc.sql("insert into funding_earmark (agreement_id, kind, code, amount) values (:id, :kind, :code, :amount)")
                    .param("id", agreementId).param("kind", e.kind().name()).param("code", e.code())
                    .param("amount", e.amount()).update();
        }
    }

    private List<FundingAgreement> withEarmarks(List<FundingAgreement> list) {
        if (list.isEmpty()) {
            return list;
        }
        Map<Long, List<Earmark>> byAgreement = new HashMap<>();
        jdbc.sql("select * from funding_earmark order by agreement_id, id").query((rs, n) -> byAgreement
                .computeIfAbsent(rs.getLong("agreement_id"), k -> new ArrayList<>()).add(earmark(rs, n))).list();
        return list.stream().map(a -> a.withEarmarks(byAgreement.getOrDefault(a.id(), List.of()))).toList();
    }

    private static Earmark earmark(ResultSet rs, int n) throws SQLException {
        return new Earmark(EarmarkKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getBigDecimal("amount"));
    }

    // ---- flows

    List<Flow> flows() {
        return jdbc.sql(FLOWS + " order by f.flow_date, f.id").query(FundingStore::flow).list();
    }

    List<Flow> flowsOf(long agreementId) {
        return jdbc.sql(FLOWS + " where f.agreement_id = :id order by f.flow_date, f.id").param("id", agreementId)
                .query(FundingStore::flow).list();
    }

    Optional<Flow> flow(long id) {
        return jdbc.sql(FLOWS + " where f.id = :id").param("id", id).query(FundingStore::flow).optional();
    }

    long insertFlow(long agreementId, ValidFlow v, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into funding_flow (agreement_id, kind, flow_date, amount, currency, activity_id, note, created_at, created_by)
                values (:agreement, :kind, :date, :amount, :currency, :activity, :note, :now, :actor)""")
                .param("agreement", agreementId).param("kind", v.kind().name()).param("date", v.date())
                .param("amount", v.amount()).param("currency", v.currency()).param("activity", v.activityId())
                .param("note", v.note()).param("now", now).param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    void deleteFlow(long id) {
        jdbc.sql("delete from funding_flow where id = :id").param("id", id).update();
    }

    // ---- demo

    List<Long> demoAgreementIds() {
        return jdbc.sql("select id from funding_agreement where demo order by id").query(Long.class).list();
    }

    List<Long> demoPledgeIds() {
        return jdbc.sql("select id from funding_pledge where demo order by id").query(Long.class).list();
    }

    long count() {
        return jdbc.sql("select (select count(*) from funding_pledge) + (select count(*) from funding_agreement)")
                .query(Long.class).single();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Pledge pledge(ResultSet rs, int n) throws SQLException {
        return new Pledge(rs.getLong("id"), rs.getString("donor_code"), rs.getString("donor_name"),
                rs.getBigDecimal("amount"), rs.getString("currency"), date(rs, "pledge_date"), rs.getString("note"),
                rs.getBoolean("demo"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }

    private static FundingAgreement agreement(ResultSet rs, int n) throws SQLException {
        long pledge = rs.getLong("pledge_id");
        Long pledgeId = rs.wasNull() ? null : pledge;
        return new FundingAgreement(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                rs.getString("donor_code"), rs.getString("donor_name"), pledgeId,
                rs.getBigDecimal("amount"), rs.getString("currency"), date(rs, "start_date"), date(rs, "end_date"),
                rs.getString("note"), List.of(), rs.getBoolean("demo"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }

    private static Flow flow(ResultSet rs, int n) throws SQLException {
        long activity = rs.getLong("activity_id");
        Long activityId = rs.wasNull() ? null : activity;
        return new Flow(rs.getLong("id"), rs.getLong("agreement_id"), FlowKind.valueOf(rs.getString("kind")),
                date(rs, "flow_date"), rs.getBigDecimal("amount"), rs.getString("currency"), activityId,
                rs.getString("activity_code"), rs.getString("note"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }
}
