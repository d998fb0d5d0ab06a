package org.haven.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Lessons learned and their links in the database. SQL text is static; values are bound. */
@Repository
class LessonStore {

    private static final String WHERE = """
             where (cast(:q as varchar(400)) is null or lower(l.title) like :q escape '!' or lower(l.text) like :q escape '!')
               and (cast(:nodeCount as integer) = 0
                    or exists (select 1 from learning_lesson_node n where n.lesson_id = l.id and n.node_code in (:nodes))
                    or exists (select 1 from learning_lesson_context c where c.lesson_id = l.id and c.context_code in (:nodes)))
               and (cast(:activity as bigint) is null or exists (select 1 from learning_lesson_activity a
                    where a.lesson_id = l.id and a.activity_id = :activity))
               and (cast(:evaluation as bigint) is null or l.evaluation_id = :evaluation)
               and (cast(:demo as boolean) is null or l.demo = :demo)
            """;
    private static final String ORDER = " order by l.updated_at desc, l.id desc";
    private static final String ACTIVITY_CODES = """
            select la.lesson_id, a.code from learning_lesson_activity la join activity a on a.id = la.activity_id
            where la.lesson_id in (:ids)""";
    private static final String NODE_CODES = "select lesson_id, node_code from learning_lesson_node where lesson_id in (:ids)";
    private static final String CONTEXT_CODES =
            "select lesson_id, context_code from learning_lesson_context where lesson_id in (:ids)";

    private final JdbcClient jdbc;

    LessonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Lesson> find(long id) {
        return jdbc.sql("select * from learning_lesson where id = :id").param("id", id).query(LessonStore::lesson)
                .optional().map(l -> withLinks(List.of(l)).get(0));
    }

    PageResult<Lesson> search(LearningFilter f, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from learning_lesson l" + WHERE), f).query(Long.class).single();
        List<Lesson> rows = bind(jdbc.sql("select l.* from learning_lesson l" + WHERE + ORDER
                + " limit :limit offset :offset"), f).param("limit", size).param("offset", (long) (page - 1) * size)
                .query(LessonStore::lesson).list();
        return new PageResult<>(withLinks(rows), page, size, total);
    }

    List<Lesson> searchAll(LearningFilter f) {
        return withLinks(bind(jdbc.sql("select l.* from learning_lesson l" + WHERE + ORDER), f)
                .query(LessonStore::lesson).list());
    }

    long count() {
        return jdbc.sql("select count(*) from learning_lesson").query(Long.class).single();
    }

    long countDemo() {
        return jdbc.sql("select count(*) from learning_lesson where demo = true").query(Long.class).single();
    }

    List<Lesson> demoRows() {
        return withLinks(jdbc.sql("select * from learning_lesson where demo = true order by id")
                .query(LessonStore::lesson).list());
    }

    /** The lessons drawn from an evaluation. */
    List<Lesson> ofEvaluation(long evaluationId) {
        return searchAll(new LearningFilter(null, List.of(), null, evaluationId, null));
    }

    long insert(LessonInput in, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into learning_lesson (title, text, evaluation_id, demo, version, created_at, created_by,
                    updated_at, updated_by)
                values (:title, :text, :evaluation, :demo, 0, :now, :actor, :now, :actor)""")
                .params(values(in, actor, now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, LessonInput in, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update learning_lesson set title = :title, text = :text, evaluation_id = :evaluation, demo = :demo,
                    version = version + 1, updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .params(values(in, actor, now)).param("id", id).param("version", version).update() == 1;
    }

    /** Clears the evaluation of a lesson whose evaluation is being deleted. */
    void unlinkEvaluation(long id, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update learning_lesson set evaluation_id = null, version = version + 1, updated_at = :now,
                    updated_by = :actor where id = :id""")
                .param("id", id).param("actor", actor).param("now", now).update();
    }

    void replaceLinks(long id, List<Long> activityIds, List<String> nodeCodes, List<String> contextCodes) {
        jdbc.sql("delete from learning_lesson_activity where lesson_id = :id").param("id", id).update();
        jdbc.sql("delete from learning_lesson_node where lesson_id = :id").param("id", id).update();
        jdbc.sql("delete from learning_lesson_context where lesson_id = :id").param("id", id).update();
        for (Long activity : activityIds) {
            jdbc.sql("insert into learning_lesson_activity (lesson_id, activity_id) values (:id, :activity)")
                    .param("id", id).param("activity", activity).update();
        }
        for (String node : nodeCodes) {
            jdbc.sql("insert into learning_lesson_node (lesson_id, node_code) values (:id, :code)")
                    .param("id", id).param("code", node).update();
        }
        for (String context : contextCodes) {
            jdbc.sql("insert into learning_lesson_context (lesson_id, context_code) values (:id, :code)")
                    .param("id", id).param("code", context).update();
        }
    }

    void delete(long id) {
        jdbc.sql("delete from learning_lesson where id = :id").param("id", id).update();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, LearningFilter f) {
        return spec.param("q", LinkRows.likePattern(f.q()))
                .param("nodeCount", f.nodes().size())
                .param("nodes", LinkRows.nonEmpty(f.nodes()))
                .param("activity", f.activityId())
                .param("evaluation", f.evaluationId())
                .param("demo", f.demo());
    }

    private List<Lesson> withLinks(List<Lesson> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Collection<Long> ids = rows.stream().map(Lesson::id).toList();
        Map<Long, List<String>> activities = LinkRows.codes(jdbc, ACTIVITY_CODES, ids);
        Map<Long, List<String>> nodes = LinkRows.codes(jdbc, NODE_CODES, ids);
        Map<Long, List<String>> contexts = LinkRows.codes(jdbc, CONTEXT_CODES, ids);
        return rows.stream().map(l -> new Lesson(l.id(), l.title(), l.text(), l.evaluationId(),
                activities.getOrDefault(l.id(), List.of()), nodes.getOrDefault(l.id(), List.of()),
                contexts.getOrDefault(l.id(), List.of()), l.demo(), l.version(), l.createdAt(), l.createdBy(),
                l.updatedAt(), l.updatedBy())).toList();
    }

    private static Map<String, Object> values(LessonInput in, String actor, OffsetDateTime now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", in.title());
        m.put("text", in.text());
        m.put("evaluation", in.evaluationId());
        m.put("demo", Boolean.TRUE.equals(in.demo()));
        m.put("actor", actor);
        m.put("now", now);
        return m;
    }

    static Lesson lesson(ResultSet rs, int n) throws SQLException {
        return new Lesson(rs.getLong("id"), rs.getString("title"), rs.getString("text"),
                rs.getObject("evaluation_id", Long.class), List.of(), List.of(), List.of(), rs.getBoolean("demo"),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
