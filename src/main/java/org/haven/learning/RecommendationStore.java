package org.haven.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.core.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Recommendations in the database. SQL text is static; values (including today's date) are bound. */
@Repository
class RecommendationStore {

    /**
     * The one definition of "overdue": the due date has passed (it is before today), the follow-up is not completed,
     * and management did not reject the recommendation (a rejected one has nothing to follow up).
     */
    static final String OVERDUE = "(r.due_date is not null and r.due_date < :today and r.follow_up_status <> 'COMPLETED'"
            + " and coalesce(r.management_response, '') <> 'REJECTED')";

    private static final String SELECT = "select r.*, e.title as evaluation_title, case when " + OVERDUE
            + " then true else false end as overdue from learning_recommendation r"
            + " join learning_evaluation e on e.id = r.evaluation_id";
    private static final String WHERE = """
             where (cast(:q as varchar(400)) is null or lower(r.text) like :q escape '!'
                    or lower(coalesce(r.owner, '')) like :q escape '!' or lower(coalesce(r.response_note, '')) like :q escape '!')
               and (cast(:evaluation as bigint) is null or r.evaluation_id = :evaluation)
               and (cast(:response as varchar(30)) is null or coalesce(r.management_response, 'NONE') = :response)
               and (cast(:status as varchar(20)) is null or r.follow_up_status = :status)
               and (cast(:overdueOnly as boolean) = false or %s)
               and (cast(:nodeCount as integer) = 0 or exists (select 1 from learning_evaluation_node n
                    where n.evaluation_id = r.evaluation_id and n.node_code in (:nodes)))
               and (cast(:demo as boolean) is null or r.demo = :demo)
            """.formatted(OVERDUE);
    private static final String ORDER = " order by case when " + OVERDUE + " then 0 else 1 end,"
            + " r.due_date asc nulls last, r.id asc";

    private final JdbcClient jdbc;

    RecommendationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Recommendation> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).param("today", today)
                .query(RecommendationStore::recommendation).optional();
    }

    PageResult<Recommendation> search(RecommendationFilter f, LocalDate today, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from learning_recommendation r" + WHERE), f, today)
                .query(Long.class).single();
        List<Recommendation> rows = bind(jdbc.sql(SELECT + WHERE + ORDER + " limit :limit offset :offset"), f, today)
                .param("limit", size).param("offset", (long) (page - 1) * size)
                .query(RecommendationStore::recommendation).list();
        return new PageResult<>(rows, page, size, total);
    }

    List<Recommendation> searchAll(RecommendationFilter f, LocalDate today) {
        return bind(jdbc.sql(SELECT + WHERE + ORDER), f, today).query(RecommendationStore::recommendation).list();
    }

    /** How many recommendations there are per management response ("NONE" while awaited). */
    Map<String, Long> countByResponse() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select coalesce(management_response, 'NONE'), count(*) from learning_recommendation
                group by coalesce(management_response, 'NONE')""")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    long countOverdue(LocalDate today) {
        return jdbc.sql("select count(*) from learning_recommendation r where " + OVERDUE).param("today", today)
                .query(Long.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from learning_recommendation").query(Long.class).single();
    }

    long countDemo() {
        return jdbc.sql("select count(*) from learning_recommendation where demo = true").query(Long.class).single();
    }

    List<Long> demoIds() {
        return jdbc.sql("select id from learning_recommendation where demo = true order by id").query(Long.class).list();
    }

    long insert(RecommendationInput in, ManagementResponse response, FollowUpStatus status, boolean demo,
            String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into learning_recommendation (evaluation_id, text, management_response, response_note, owner,
                    due_date, follow_up_status, demo, version, created_at, created_by, updated_at, updated_by)
                values (:evaluation, :text, :response, :note, :owner, :due, :status, :demo, 0, :now, :actor, :now, :actor)""")
                .params(values(in, response, status, actor, now)).param("demo", demo).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, RecommendationInput in, ManagementResponse response, FollowUpStatus status,
            boolean demo, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update learning_recommendation set evaluation_id = :evaluation, text = :text,
                    management_response = :response, response_note = :note, owner = :owner, due_date = :due,
                    follow_up_status = :status, demo = :demo, version = version + 1, updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .params(values(in, response, status, actor, now)).param("demo", demo)
                .param("id", id).param("version", version).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from learning_recommendation where id = :id").param("id", id).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, RecommendationFilter f, LocalDate today) {
        Collection<String> nodes = f.nodes();
        return spec.param("q", LinkRows.likePattern(f.q()))
                .param("evaluation", f.evaluationId())
                .param("response", f.response())
                .param("status", f.status() == null ? null : f.status().name())
                .param("overdueOnly", f.overdueOnly())
                .param("nodeCount", nodes.size())
                .param("nodes", LinkRows.nonEmpty(nodes))
                .param("demo", f.demo())
                .param("today", today);
    }

    private static Map<String, Object> values(RecommendationInput in, ManagementResponse response, FollowUpStatus status,
            String actor, OffsetDateTime now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evaluation", in.evaluationId());
        m.put("text", in.text());
        m.put("response", response == null ? null : response.name());
        m.put("note", in.responseNote());
        m.put("owner", in.owner());
        m.put("due", in.dueDate());
        m.put("status", status.name());
        m.put("actor", actor);
        m.put("now", now);
        return m;
    }

    static Recommendation recommendation(ResultSet rs, int n) throws SQLException {
        String response = rs.getString("management_response");
        return new Recommendation(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getString("evaluation_title"),
                rs.getString("text"), response == null ? null : ManagementResponse.valueOf(response),
                rs.getString("response_note"), rs.getString("owner"), rs.getObject("due_date", LocalDate.class),
                FollowUpStatus.valueOf(rs.getString("follow_up_status")), rs.getBoolean("overdue"), rs.getBoolean("demo"),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
