package org.haven.data;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for approval states and their history. */
@Repository
class ApprovalStore {

    /** The stored approval row. */
    record Approval(String dataSet, String orgUnit, String period, ApprovalState state, String changedBy,
            OffsetDateTime changedAt, String reason, int version) {
    }

    /** One data set x org unit x period on the approvals page, with its state (OPEN when no row). */
    record Listed(String dataSet, String orgUnit, String period, ApprovalState state, String changedBy,
            OffsetDateTime changedAt, String reason) {
    }

    private final JdbcClient jdbc;

    ApprovalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Approval> find(String dataSet, String orgUnit, String period) {
        return jdbc.sql("select * from data_approval where data_set_code = :d and org_unit_code = :o and period = :p")
                .param("d", dataSet).param("o", orgUnit).param("p", period)
                .query((rs, n) -> new Approval(rs.getString("data_set_code"), rs.getString("org_unit_code"),
                        rs.getString("period"), ApprovalState.valueOf(rs.getString("state")), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("reason"), rs.getInt("version")))
                .optional();
    }

    void insert(String dataSet, String orgUnit, String period, ApprovalState state, String actor, OffsetDateTime now,
            String reason) {
        jdbc.sql("""
                insert into data_approval (data_set_code, org_unit_code, period, state, changed_by, changed_at, reason, version)
                values (:d, :o, :p, :state, :actor, :now, :reason, 0)""")
                .param("d", dataSet).param("o", orgUnit).param("p", period).param("state", state.name())
                .param("actor", actor).param("now", now).param("reason", reason).update();
    }

    boolean update(Approval current, ApprovalState state, String actor, OffsetDateTime now, String reason) {
        return jdbc.sql("""
                update data_approval set state = :state, changed_by = :actor, changed_at = :now, reason = :reason,
                    version = version + 1
                where data_set_code = :d and org_unit_code = :o and period = :p and version = :version""")
                .param("d", current.dataSet()).param("o", current.orgUnit()).param("p", current.period())
                .param("state", state.name()).param("actor", actor).param("now", now).param("reason", reason)
                .param("version", current.version()).update() == 1;
    }

    void history(String dataSet, String orgUnit, String period, ApprovalState from, ApprovalState to, String actor,
            OffsetDateTime now, String reason) {
        jdbc.sql("""
                insert into data_approval_history (data_set_code, org_unit_code, period, previous_state, new_state,
                    changed_by, changed_at, reason)
                values (:d, :o, :p, :from, :to, :actor, :now, :reason)""")
                .param("d", dataSet).param("o", orgUnit).param("p", period).param("from", from.name())
                .param("to", to.name()).param("actor", actor).param("now", now).param("reason", reason).update();
    }

    /**
     * Data set x org unit x period combinations that have values of the set's elements (of the set's period type)
     * or an approval row, newest period first, optionally filtered (null = any).
     */
    List<Listed> list(String dataSet, String orgUnit, String period, int limit) {
        return jdbc.sql("""
                select x.data_set_code, x.org_unit_code, x.period, a.state, a.changed_by, a.changed_at, a.reason
                from (select distinct e.data_set_code, v.org_unit_code, v.period
                        from data_value v
                        join data_set_element e on e.data_element_code = v.data_element_code
                        join data_set d on d.code = e.data_set_code and d.period_type = v.period_type
                      union
                      select data_set_code, org_unit_code, period from data_approval) x
                left join data_approval a on a.data_set_code = x.data_set_code and a.org_unit_code = x.org_unit_code
                    and a.period = x.period
                where (cast(:d as varchar(40)) is null or x.data_set_code = :d)
                  and (cast(:o as varchar(20)) is null or x.org_unit_code = :o)
                  and (cast(:p as varchar(20)) is null or x.period = :p)
                order by x.period desc, x.data_set_code, x.org_unit_code
                limit :limit""")
                .param("d", dataSet).param("o", orgUnit).param("p", period).param("limit", limit)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? ApprovalState.OPEN : ApprovalState.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list();
    }
}
