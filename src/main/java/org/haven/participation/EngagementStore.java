package org.haven.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.core.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Engagements and their counts in the database. SQL text is static; values are bound. */
@Repository
class EngagementStore {

    private static final String SELECT = """
            select e.*, a.code as activity_code, a.title as activity_title
            from participation_engagement e left join activity a on a.id = e.activity_id
            """;
    private static final String WHERE = """
             where (cast(:country as varchar(20)) is null or e.country_code = :country)
               and (cast(:activity as varchar(40)) is null or upper(a.code) = :activity)
               and (cast(:fromDate as date) is null or e.engagement_date >= :fromDate)
               and (cast(:toDate as date) is null or e.engagement_date <= :toDate)
               and (cast(:purpose as varchar(20)) is null or e.purpose = :purpose)
               and (cast(:demo as boolean) is null or e.demo = :demo)
               and (cast(:restricted as boolean) = false or e.activity_id in (:ids))
            """;

    private final JdbcClient jdbc;

    EngagementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the ledger's row of register_lock until the transaction ends: one change recomputes at a time. */
    void lockRegister() {
        jdbc.sql("select register from register_lock where register = 'participation' for update").query(String.class).list();
    }

    Optional<Engagement> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EngagementStore::row).optional()
                .map(e -> withChildren(List.of(e)).get(0));
    }

    PageResult<Engagement> search(EngagementFilter f, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from participation_engagement e left join activity a on a.id = e.activity_id" + WHERE), f)
                .query(Long.class).single();
        List<Engagement> rows = bind(jdbc.sql(SELECT + WHERE + " order by e.engagement_date desc, e.id desc limit :limit offset :offset"), f)
                .param("limit", size).param("offset", (long) (page - 1) * size).query(EngagementStore::row).list();
        return new PageResult<>(withChildren(rows), page, size, total);
    }

    long insert(ValidEngagement v, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into participation_engagement (engagement_date, activity_id, country_code, purpose, modality,
                    with_disabilities, on_the_move, informed_consent, focal_point_named, data_minimised,
                    child_friendly_info, children_said, views_used, loop_closed, feedback_date, demo, version,
                    created_at, created_by, updated_at, updated_by)
                values (:date, :activity, :country, :purpose, :modality, :disabilities, :move, :consent, :focal,
                    :minimised, :friendly, :said, :used, :closed, :feedback, :demo, 0, :now, :actor, :now, :actor)""")
                .params(values(v, actor, now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceChildren(id, v.children());
        return id;
    }

    /** Updates the row when its version still matches; false when someone else changed it. */
    boolean update(long id, int version, ValidEngagement v, String actor, OffsetDateTime now) {
        boolean updated = jdbc.sql("""
                update participation_engagement set engagement_date = :date, activity_id = :activity,
                    country_code = :country, purpose = :purpose, modality = :modality, with_disabilities = :disabilities,
                    on_the_move = :move, informed_consent = :consent, focal_point_named = :focal,
                    data_minimised = :minimised, child_friendly_info = :friendly, children_said = :said,
                    views_used = :used, loop_closed = :closed, feedback_date = :feedback, demo = :demo,
                    version = version + 1, updated_at = :now, updated_by = :actor
                where id = :id and version = :version""")
                .params(values(v, actor, now)).param("id", id).param("version", version).update() == 1;
        if (updated) {
            replaceChildren(id, v.children());
        }
        return updated;
    }

    void delete(long id) {
        jdbc.sql("delete from participation_engagement where id = :id").param("id", id).update();
    }

    List<Long> demoIds() {
        return jdbc.sql("select id from participation_engagement where demo = true order by id").query(Long.class).list();
    }

    long count() {
        return jdbc.sql("select count(*) from participation_engagement").query(Long.class).single();
    }

    /** Every engagement's date, country, activity, loop and safeguarding answers: what the figures are made of. */
    List<Fact> facts() {
        return jdbc.sql("""
                select id, engagement_date, country_code, activity_id, loop_closed, informed_consent, focal_point_named,
                    data_minimised, child_friendly_info from participation_engagement""")
                .query((rs, n) -> new Fact(rs.getLong("id"), rs.getObject("engagement_date", LocalDate.class),
                        rs.getString("country_code"), (Long) rs.getObject("activity_id", Long.class),
                        rs.getBoolean("loop_closed"), new Safeguarding(rs.getBoolean("informed_consent"),
                        rs.getBoolean("focal_point_named"), rs.getBoolean("data_minimised"),
                        rs.getBoolean("child_friendly_info")).complete())).list();
    }

    /** Every stored count with its engagement's date and country. */
    List<CountFact> countFacts() {
        return jdbc.sql("""
                select e.engagement_date, e.country_code, c.sex, c.age_band, c.children
                from participation_children c join participation_engagement e on e.id = c.engagement_id""")
                .query((rs, n) -> new CountFact(rs.getObject("engagement_date", LocalDate.class), rs.getString("country_code"),
                        rs.getString("sex"), rs.getString("age_band"), rs.getInt("children"))).list();
    }

    record Fact(long id, LocalDate date, String country, Long activityId, boolean loopClosed, boolean safeguarded) {
    }

    record CountFact(LocalDate date, String country, String sex, String ageBand, int children) {
    }

    private void replaceChildren(long id, List<ChildCount> children) {
        jdbc.sql("delete from participation_children where engagement_id = :id").param("id", id).update();
        for (ChildCount c : children) {
            jdbc.sql("insert into participation_children (engagement_id, sex, age_band, children) values (:id, :sex, :age, :n)")
                    .param("id", id).param("sex", c.sex()).param("age", c.ageBand()).param("n", c.children()).update();
        }
    }

    private List<Engagement> withChildren(List<Engagement> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<ChildCount>> counts = new HashMap<>();
        List<Long> ids = rows.stream().map(Engagement::id).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            jdbc.sql("select * from participation_children where engagement_id in (:ids) order by engagement_id")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .query((rs, n) -> counts.computeIfAbsent(rs.getLong("engagement_id"), k -> new ArrayList<>())
                            .add(new ChildCount(rs.getString("sex"), rs.getString("age_band"), rs.getInt("children"))))
                    .list();
        }
        return rows.stream().map(e -> withCounts(e, sorted(counts.getOrDefault(e.id(), List.of())))).toList();
    }

    private static List<ChildCount> sorted(List<ChildCount> counts) {
        return counts.stream().sorted(java.util.Comparator
                .comparingInt((ChildCount c) -> ChildBands.AGES.indexOf(c.ageBand()))
                .thenComparingInt(c -> ChildBands.SEXES.indexOf(c.sex()))).toList();
    }

    private static Engagement withCounts(Engagement e, List<ChildCount> counts) {
        return new Engagement(e.id(), e.date(), e.activityId(), e.activityCode(), e.activityTitle(), e.country(),
                e.purpose(), e.modality(), counts, counts.stream().mapToInt(ChildCount::children).sum(),
                e.childrenWithDisabilities(), e.childrenOnTheMove(), e.safeguarding(), e.safeguardingComplete(),
                e.whatChildrenSaid(), e.howViewsWereUsed(), e.loopClosed(), e.feedbackDate(), e.demo(), e.version(),
                e.createdAt(), e.createdBy(), e.updatedAt(), e.updatedBy());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, EngagementFilter f) {
        boolean restricted = f.onlyActivities() != null;
        return spec.param("country", f.country()).param("activity", f.activity())
                .param("fromDate", f.year() == null ? null : LocalDate.of(f.year(), 1, 1))
                .param("toDate", f.year() == null ? null : LocalDate.of(f.year(), 12, 31))
                .param("purpose", f.purpose() == null ? null : f.purpose().name())
                .param("demo", f.demo())
                .param("restricted", restricted)
                .param("ids", !restricted || f.onlyActivities().isEmpty() ? List.of(-1L) : f.onlyActivities());
    }

    private static Map<String, Object> values(ValidEngagement v, String actor, OffsetDateTime now) {
        Map<String, Object> m = new HashMap<>();
        m.put("date", v.date());
        m.put("activity", v.activity() == null ? null : v.activity().id());
        m.put("country", v.country());
        m.put("purpose", v.purpose().name());
        m.put("modality", v.modality().name());
        m.put("disabilities", v.withDisabilities().name());
        m.put("move", v.onTheMove().name());
        m.put("consent", v.safeguarding().informedConsent());
        m.put("focal", v.safeguarding().focalPointNamed());
        m.put("minimised", v.safeguarding().dataMinimised());
        m.put("friendly", v.safeguarding().childFriendlyInformation());
        m.put("said", v.whatChildrenSaid());
        m.put("used", v.howViewsWereUsed());
        m.put("closed", v.loopClosed());
        m.put("feedback", v.feedbackDate());
        m.put("demo", v.demo());
        m.put("actor", actor);
        m.put("now", now);
        return m;
    }

    static Engagement row(ResultSet rs, int n) throws SQLException {
        Safeguarding s = new Safeguarding(rs.getBoolean("informed_consent"), rs.getBoolean("focal_point_named"),
                rs.getBoolean("data_minimised"), rs.getBoolean("child_friendly_info"));
        return new Engagement(rs.getLong("id"), rs.getObject("engagement_date", LocalDate.class),
                rs.getObject("activity_id", Long.class), rs.getString("activity_code"), rs.getString("activity_title"),
                rs.getString("country_code"), Purpose.valueOf(rs.getString("purpose")),
                Modality.valueOf(rs.getString("modality")), List.of(), 0,
                Presence.valueOf(rs.getString("with_disabilities")), Presence.valueOf(rs.getString("on_the_move")), s,
                s.complete(), rs.getString("children_said"), rs.getString("views_used"), rs.getBoolean("loop_closed"),
                rs.getObject("feedback_date", LocalDate.class), rs.getBoolean("demo"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
