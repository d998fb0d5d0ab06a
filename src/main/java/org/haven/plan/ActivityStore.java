package org.haven.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.core.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Activities, their links and progress updates in the database. SQL text is static; values are bound. */
@Repository
class ActivityStore {

    private static final String WHERE = """
             where (cast(:q as varchar(400)) is null or lower(a.code) like :q escape '!' or lower(a.title) like :q escape '!'
                    or lower(coalesce(a.description, '')) like :q escape '!' or exists (select 1 from activity_partner ap join partner p on p.code = ap.partner_code
                    where ap.activity_id = a.id and (lower(p.code) like :q escape '!' or lower(p.name) like :q escape '!')))
               and (cast(:status as varchar(20)) is null or a.status = :status)
               and (cast(:lead as varchar(40)) is null or a.lead_implementer = :lead)
               and (cast(:gender as integer) is null or a.gender_marker = :gender)
               and (cast(:participation as varchar(20)) is null or a.child_participation = :participation)
               and (cast(:startFrom as date) is null or a.start_date >= :startFrom)
               and (cast(:endTo as date) is null or a.end_date <= :endTo)
               and (cast(:demo as boolean) is null or a.demo = :demo)
               and (cast(:areaPath as varchar(200)) is null or exists (select 1 from activity_area aa
                    join org_unit ou on ou.code = aa.org_unit_code
                    where aa.activity_id = a.id and (ou.path = :areaPath or ou.path like :areaLike escape '!')))
               and (cast(:nodeCount as integer) = 0 or (select count(distinct an.node_code) from activity_node an
                    where an.activity_id = a.id and an.node_code in (:nodes)) = :nodeCount)
            """;

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Activity> find(long id) {
        return jdbc.sql("select * from activity where id = :id").param("id", id).query(ActivityStore::activity)
                .optional().map(a -> withLinks(List.of(a)).get(0));
    }

    Optional<Activity> findByCode(String code) {
        return jdbc.sql("select * from activity where lower(code) = :code").param("code", code.toLowerCase())
                .query(ActivityStore::activity).optional().map(a -> withLinks(List.of(a)).get(0));
    }

    boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select count(*) from activity where lower(code) = :code and (cast(:id as bigint) is null or id <> :id)")
                .param("code", code.trim().toLowerCase()).param("id", exceptId).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from activity").query(Long.class).single();
    }

    long insert(ActivityInput in, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity (code, title, description, lead_implementer, start_date, end_date, status,
                    budget_amount, budget_currency, gender_marker, child_participation, child_participation_note,
                    percent_complete, demo, version, created_at, created_by, updated_at, updated_by)
                values (:code, :title, :description, :lead, :startDate, :endDate, :status, :amount, :currency,
                    :gender, :participation, :note, :percent, :demo, 0, :now, :actor, :now, :actor)""")
                .params(values(in, actor, now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Updates the row when its version still matches; false when someone else changed it. */
    boolean update(long id, int version, ActivityInput in, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update activity set code = :code, title = :title, description = :description, lead_implementer = :lead,
                    start_date = :startDate, end_date = :endDate, status = :status,
                    budget_amount = :amount, budget_currency = :currency, gender_marker = :gender,
                    child_participation = :participation, child_participation_note = :note, percent_complete = :percent,
                    demo = :demo, version = version + 1, updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .params(values(in, actor, now)).param("id", id).param("version", version).update() == 1;
    }

    boolean setProgress(long id, int version, ActivityStatus status, Integer percent, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update activity set status = :status, percent_complete = :percent, version = version + 1,
                    updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .param("status", status.name()).param("percent", percent).param("now", now).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    /**
     * Replaces the activity's framework links, areas and partners; partners that stay keep their role, new ones take
     * part as IMPLEMENTING.
     */
    void replaceLinks(long id, List<String> nodes, List<String> areas, List<String> partners) {
        jdbc.sql("delete from activity_partner where activity_id = :id and partner_code not in (:codes)")
                .param("id", id).param("codes", partners.isEmpty() ? List.of("") : partners).update();
        List<String> kept = jdbc.sql("select partner_code from activity_partner where activity_id = :id").param("id", id)
                .query(String.class).list();
        for (String partner : partners) {
            if (!kept.contains(partner)) {
                jdbc.sql("insert into activity_partner (activity_id, partner_code, role) values (:id, :code, 'IMPLEMENTING')")
                        .param("id", id).param("code", partner).update();
            }
        }
        jdbc.sql("delete from activity_node where activity_id = :id").param("id", id).update();
        jdbc.sql("delete from activity_area where activity_id = :id").param("id", id).update();
        for (String node : nodes) {
            jdbc.sql("insert into activity_node (activity_id, node_code) values (:id, :code)")
                    .param("id", id).param("code", node).update();
        }
        for (String area : areas) {
            jdbc.sql("insert into activity_area (activity_id, org_unit_code) values (:id, :code)")
                    .param("id", id).param("code", area).update();
        }
    }

    boolean delete(long id) {
        return jdbc.sql("delete from activity where id = :id").param("id", id).update() == 1;
    }

    long insertProgress(long activityId, ProgressInput in, ActivityStatus status, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into progress_update (activity_id, report_date, narrative, status, percent_complete, created_at, created_by)
                values (:activity, :date, :narrative, :status, :percent, :now, :actor)""")
                .param("activity", activityId).param("date", in.reportDate()).param("narrative", in.narrative().trim())
                .param("status", status.name()).param("percent", in.percentComplete()).param("now", now)
                .param("actor", actor).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Progress updates of one activity, newest report first. */
    List<ProgressUpdate> progress(long activityId) {
        return jdbc.sql("select * from progress_update where activity_id = :id order by report_date desc, id desc")
                .param("id", activityId).query(ActivityStore::progressUpdate).list();
    }

    /** The newest progress update of each given activity that has one. */
    Map<Long, ProgressUpdate> latestProgress(List<Long> ids) {
        Map<Long, ProgressUpdate> latest = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("select * from progress_update where activity_id in (:ids) order by report_date, id")
                    .param("ids", chunk).query(ActivityStore::progressUpdate).list()
                    .forEach(p -> latest.put(p.activityId(), p));
        }
        return latest;
    }

    PageResult<Activity> search(ActivityFilter f, String areaPath, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from activity a" + WHERE), f, areaPath).query(Long.class).single();
        List<Activity> rows = bind(jdbc.sql("select a.* from activity a" + WHERE + orderBy(f)
                + " limit :limit offset :offset"), f, areaPath)
                .param("limit", size).param("offset", (long) (page - 1) * size)
                .query(ActivityStore::activity).list();
        return new PageResult<>(withLinks(rows), page, size, total);
    }

    List<Activity> searchAll(ActivityFilter f, String areaPath) {
        return withLinks(bind(jdbc.sql("select a.* from activity a" + WHERE + orderBy(f)), f, areaPath)
                .query(ActivityStore::activity).list());
    }

    /** Activities the partner takes part in, by code. */
    List<Activity> ofPartner(String partnerCode) {
        return withLinks(jdbc.sql("""
                select a.* from activity a where exists (select 1 from activity_partner ap
                    where ap.activity_id = a.id and ap.partner_code = :code) order by a.code""")
                .param("code", partnerCode).query(ActivityStore::activity).list());
    }

    List<Activity> linkedTo(String nodeCode) {
        return withLinks(jdbc.sql("""
                select a.* from activity a where exists (select 1 from activity_node an
                    where an.activity_id = a.id and an.node_code = :code) order by a.code""")
                .param("code", nodeCode).query(ActivityStore::activity).list());
    }

    private static String orderBy(ActivityFilter f) {
        return " order by " + f.sort().column + (f.descending() ? " desc" : " asc") + ", a.code asc";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ActivityFilter f, String areaPath) {
        List<String> nodes = f.requiredNodes();
        return spec.param("q", f.q() == null ? null : "%" + likeEscape(f.q().toLowerCase()) + "%")
                .param("status", f.status() == null ? null : f.status().name())
                .param("lead", f.lead())
                .param("gender", f.gender())
                .param("participation", f.participation() == null ? null : f.participation().name())
                .param("startFrom", f.startFrom())
                .param("endTo", f.endTo())
                .param("demo", f.demo())
                .param("areaPath", areaPath)
                .param("areaLike", areaPath == null ? null : likeEscape(areaPath) + "/%")
                .param("nodeCount", nodes.size())
                .param("nodes", nodes.isEmpty() ? List.of("") : nodes);
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private List<Activity> withLinks(List<Activity> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> nodes = new HashMap<>();
        Map<Long, List<String>> areas = new HashMap<>();
        Map<Long, List<String>> partners = new HashMap<>();
        List<Long> ids = rows.stream().map(Activity::id).toList();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("select activity_id, node_code from activity_node where activity_id in (:ids)").param("ids", chunk)
                    .query((rs, n) -> nodes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .list();
            jdbc.sql("select activity_id, org_unit_code from activity_area where activity_id in (:ids)").param("ids", chunk)
                    .query((rs, n) -> areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .list();
            jdbc.sql("select activity_id, partner_code from activity_partner where activity_id in (:ids)").param("ids", chunk)
                    .query((rs, n) -> partners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .list();
        }
        return rows.stream().map(a -> a.withLinks(nodes.getOrDefault(a.id(), List.of()),
                areas.getOrDefault(a.id(), List.of()), partners.getOrDefault(a.id(), List.of()))).toList();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return out;
    }

    private static Map<String, Object> values(ActivityInput in, String actor, OffsetDateTime now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", in.code().trim());
        m.put("title", in.title().trim());
        m.put("description", in.description());
        m.put("lead", in.leadImplementer().trim());
        m.put("startDate", in.startDate());
        m.put("endDate", in.endDate());
        m.put("status", in.status());
        m.put("amount", in.budgetAmount());
        m.put("currency", in.budgetCurrency());
        m.put("gender", in.genderMarker());
        m.put("participation", in.childParticipation());
        m.put("note", in.childParticipationNote());
        m.put("percent", in.percentComplete());
        m.put("demo", Boolean.TRUE.equals(in.demo()));
        m.put("actor", actor);
        m.put("now", now);
        return m;
    }

    static Activity activity(ResultSet rs, int n) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getString("description"),
                rs.getString("lead_implementer"), null, null, null,
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                ActivityStatus.valueOf(rs.getString("status")), rs.getBigDecimal("budget_amount"),
                rs.getString("budget_currency"), rs.getObject("gender_marker", Integer.class),
                ChildParticipation.valueOf(rs.getString("child_participation")), rs.getString("child_participation_note"),
                rs.getObject("percent_complete", Integer.class), rs.getBoolean("demo"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }

    static ProgressUpdate progressUpdate(ResultSet rs, int n) throws SQLException {
        return new ProgressUpdate(rs.getLong("id"), rs.getLong("activity_id"), rs.getObject("report_date", LocalDate.class),
                rs.getString("narrative"), ActivityStatus.valueOf(rs.getString("status")),
                rs.getObject("percent_complete", Integer.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }
}
