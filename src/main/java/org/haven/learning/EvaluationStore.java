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

/** Evaluations and their links in the database. SQL text is static; values are bound. */
@Repository
class EvaluationStore {

    private static final String WHERE = """
             where (cast(:q as varchar(400)) is null or lower(e.title) like :q escape '!'
                    or lower(coalesce(e.scope, '')) like :q escape '!' or lower(e.evaluator) like :q escape '!')
               and (cast(:nodeCount as integer) = 0 or exists (select 1 from learning_evaluation_node n
                    where n.evaluation_id = e.id and n.node_code in (:nodes)))
               and (cast(:activity as bigint) is null or exists (select 1 from learning_evaluation_activity a
                    where a.evaluation_id = e.id and a.activity_id = :activity))
               and (cast(:demo as boolean) is null or e.demo = :demo)
            """;
    private static final String ORDER = " order by e.end_date desc nulls last, e.start_date desc nulls last, e.id desc";
    private static final String ACTIVITY_CODES = """
            select la.evaluation_id, a.code from learning_evaluation_activity la join activity a on a.id = la.activity_id
            where la.evaluation_id in (:ids)""";
    private static final String NODE_CODES =
            "select evaluation_id, node_code from learning_evaluation_node where evaluation_id in (:ids)";

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Evaluation> find(long id) {
        return jdbc.sql("select * from learning_evaluation where id = :id").param("id", id)
                .query(EvaluationStore::evaluation).optional().map(e -> withLinks(List.of(e)).get(0));
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from learning_evaluation where id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    PageResult<Evaluation> search(LearningFilter f, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from learning_evaluation e" + WHERE), f).query(Long.class).single();
        List<Evaluation> rows = bind(jdbc.sql("select e.* from learning_evaluation e" + WHERE + ORDER
                + " limit :limit offset :offset"), f).param("limit", size).param("offset", (long) (page - 1) * size)
                .query(EvaluationStore::evaluation).list();
        return new PageResult<>(withLinks(rows), page, size, total);
    }

    List<Evaluation> searchAll(LearningFilter f) {
        return withLinks(bind(jdbc.sql("select e.* from learning_evaluation e" + WHERE + ORDER), f)
                .query(EvaluationStore::evaluation).list());
    }

    /** Id and title of every evaluation, newest first: the choices of the lesson form. */
    List<Map.Entry<Long, String>> titles() {
        return jdbc.sql("select e.id, e.title from learning_evaluation e" + ORDER)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    long count() {
        return jdbc.sql("select count(*) from learning_evaluation").query(Long.class).single();
    }

    long countDemo() {
        return jdbc.sql("select count(*) from learning_evaluation where demo = true").query(Long.class).single();
    }

    List<Evaluation> demoRows() {
        return withLinks(jdbc.sql("select * from learning_evaluation where demo = true order by id")
                .query(EvaluationStore::evaluation).list());
    }

    long insert(EvaluationInput in, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into learning_evaluation (title, scope, evaluator, start_date, end_date, report_url, demo, version,
                    created_at, created_by, updated_at, updated_by)
                values (:title, :scope, :evaluator, :startDate, :endDate, :reportUrl, :demo, 0, :now, :actor, :now, :actor)""")
                .params(values(in, actor, now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Updates the row when its version still matches; false when someone else changed it. */
    boolean update(long id, int version, EvaluationInput in, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update learning_evaluation set title = :title, scope = :scope, evaluator = :evaluator,
                    start_date = :startDate, end_date = :endDate, report_url = :reportUrl, demo = :demo,
                    version = version + 1, updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .params(values(in, actor, now)).param("id", id).param("version", version).update() == 1;
    }

    void replaceLinks(long id, List<Long> activityIds, List<String> nodeCodes) {
        jdbc.sql("delete from learning_evaluation_activity where evaluation_id = :id").param("id", id).update();
        jdbc.sql("delete from learning_evaluation_node where evaluation_id = :id").param("id", id).update();
        for (Long activity : activityIds) {
            jdbc.sql("insert into learning_evaluation_activity (evaluation_id, activity_id) values (:id, :activity)")
                    .param("id", id).param("activity", activity).update();
        }
        for (String node : nodeCodes) {
            jdbc.sql("insert into learning_evaluation_node (evaluation_id, node_code) values (:id, :code)")
                    .param("id", id).param("code", node).update();
        }
    }

    /** Sets the demo flag of the evaluation's recommendations to the evaluation's. */
    void syncRecommendationDemo(long id, boolean demo) {
        jdbc.sql("update learning_recommendation set demo = :demo where evaluation_id = :id")
                .param("demo", demo).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from learning_evaluation where id = :id").param("id", id).update();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, LearningFilter f) {
        return spec.param("q", LinkRows.likePattern(f.q()))
                .param("nodeCount", f.nodes().size())
                .param("nodes", LinkRows.nonEmpty(f.nodes()))
                .param("activity", f.activityId())
                .param("demo", f.demo());
    }

    private List<Evaluation> withLinks(List<Evaluation> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Collection<Long> ids = rows.stream().map(Evaluation::id).toList();
        Map<Long, List<String>> activities = LinkRows.codes(jdbc, ACTIVITY_CODES, ids);
        Map<Long, List<String>> nodes = LinkRows.codes(jdbc, NODE_CODES, ids);
        return rows.stream().map(e -> new Evaluation(e.id(), e.title(), e.scope(), e.evaluator(), e.startDate(),
                e.endDate(), e.reportUrl(), activities.getOrDefault(e.id(), List.of()), nodes.getOrDefault(e.id(), List.of()),
                e.demo(), e.version(), e.createdAt(), e.createdBy(), e.updatedAt(), e.updatedBy())).toList();
    }

    private static Map<String, Object> values(EvaluationInput in, String actor, OffsetDateTime now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", in.title());
        m.put("scope", in.scope());
        m.put("evaluator", in.evaluator());
        m.put("startDate", in.startDate());
        m.put("endDate", in.endDate());
        m.put("reportUrl", in.reportUrl());
        m.put("demo", Boolean.TRUE.equals(in.demo()));
        m.put("actor", actor);
        m.put("now", now);
        return m;
    }

    static Evaluation evaluation(ResultSet rs, int n) throws SQLException {
        return new Evaluation(rs.getLong("id"), rs.getString("title"), rs.getString("scope"), rs.getString("evaluator"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("report_url"), List.of(), List.of(), rs.getBoolean("demo"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
