package org.haven.comms;

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

/** Communication products, their links, audiences and reach in the database. SQL text is static; values are bound. */
@Repository
class ProductStore {

    private static final String SELECT = """
            select p.*, a.code as activity_code, a.title as activity_title
            from comms_product p left join activity a on a.id = p.activity_id
            """;
    private static final String WHERE = """
             where (cast(:fromDate as date) is null or p.product_date >= :fromDate)
               and (cast(:toDate as date) is null or p.product_date <= :toDate)
               and (cast(:kind as varchar(20)) is null or p.kind = :kind)
               and (cast(:status as varchar(20)) is null or p.status = :status)
               and (cast(:orgUnit as varchar(20)) is null or p.org_unit_code = :orgUnit)
               and (cast(:activity as varchar(40)) is null or upper(a.code) = :activity)
               and (cast(:demo as boolean) is null or p.demo = :demo)
               and (cast(:restricted as boolean) = false or p.activity_id in (:ids))
            """;

    private final JdbcClient jdbc;

    ProductStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the register's row of register_lock until the transaction ends: one change recomputes at a time. */
    void lockRegister() {
        jdbc.sql("select register from register_lock where register = 'comms' for update").query(String.class).list();
    }

    Optional<CommsProduct> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(ProductStore::row).optional()
                .map(p -> withLinks(List.of(p)).get(0));
    }

    PageResult<CommsProduct> search(ProductFilter f, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from comms_product p left join activity a on a.id = p.activity_id" + WHERE), f)
                .query(Long.class).single();
        List<CommsProduct> rows = bind(jdbc.sql(SELECT + WHERE + " order by p.product_date desc, p.id desc limit :limit offset :offset"), f)
                .param("limit", size).param("offset", (long) (page - 1) * size).query(ProductStore::row).list();
        return new PageResult<>(withLinks(rows), page, size, total);
    }

    /** Every product in the filter's range, by date (the calendar). */
    List<CommsProduct> inRange(ProductFilter f) {
        return withLinks(bind(jdbc.sql(SELECT + WHERE + " order by p.product_date, p.title"), f)
                .query(ProductStore::row).list());
    }

    /** Products linked to a framework node, newest first. */
    List<CommsProduct> linkedTo(String nodeCode) {
        return jdbc.sql(SELECT + " where exists (select 1 from comms_product_node n where n.product_id = p.id and n.node_code = :code)"
                        + " order by p.product_date desc, p.id desc")
                .param("code", nodeCode).query(ProductStore::row).list();
    }

    long insert(ValidProduct v, String actor, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into comms_product (title, kind, channel, language, product_date, status, org_unit_code,
                    activity_id, summary, link, demo, version, created_at, created_by, updated_at, updated_by)
                values (:title, :kind, :channel, :language, :date, :status, :orgUnit, :activity, :summary, :link,
                    :demo, 0, :now, :actor, :now, :actor)""")
                .params(values(v, actor, now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceLinks(id, v);
        return id;
    }

    /** Updates the row when its version still matches; false when someone else changed it. */
    boolean update(long id, int version, ValidProduct v, String actor, OffsetDateTime now) {
        boolean updated = jdbc.sql("""
                update comms_product set title = :title, kind = :kind, channel = :channel, language = :language,
                    product_date = :date, status = :status, org_unit_code = :orgUnit, activity_id = :activity,
                    summary = :summary, link = :link, demo = :demo, version = version + 1, updated_at = :now,
                    updated_by = :actor
                where id = :id and version = :version""")
                .params(values(v, actor, now)).param("id", id).param("version", version).update() == 1;
        if (updated) {
            replaceLinks(id, v);
        }
        return updated;
    }

    void delete(long id) {
        jdbc.sql("delete from comms_product where id = :id").param("id", id).update();
    }

    List<Long> demoIds() {
        return jdbc.sql("select id from comms_product where demo = true order by id").query(Long.class).list();
    }

    long count() {
        return jdbc.sql("select count(*) from comms_product").query(Long.class).single();
    }

    /** The reach of every delivered product with its date and org unit: what COMMS_REACHED is made of. */
    List<ReachFact> deliveredReach() {
        return jdbc.sql("""
                select p.product_date, p.org_unit_code, r.audience_code, r.sex, r.people
                from comms_reach r join comms_product p on p.id = r.product_id where p.status = 'DELIVERED'""")
                .query((rs, n) -> new ReachFact(rs.getObject("product_date", LocalDate.class), rs.getString("org_unit_code"),
                        rs.getString("audience_code"), rs.getString("sex"), rs.getInt("people"))).list();
    }

    record ReachFact(LocalDate date, String orgUnit, String audience, String sex, int people) {
    }

    private void replaceLinks(long id, ValidProduct v) {
        jdbc.sql("delete from comms_product_node where product_id = :id").param("id", id).update();
        jdbc.sql("delete from comms_product_audience where product_id = :id").param("id", id).update();
        jdbc.sql("delete from comms_reach where product_id = :id").param("id", id).update();
        for (String node : v.nodes()) {
            jdbc.sql("insert into comms_product_node (product_id, node_code) values (:id, :code)")
                    .param("id", id).param("code", node).update();
        }
        for (String audience : v.audiences()) {
            jdbc.sql("insert into comms_product_audience (product_id, audience_code) values (:id, :code)")
                    .param("id", id).param("code", audience).update();
        }
        for (Reach r : v.reach()) {
            jdbc.sql("insert into comms_reach (product_id, audience_code, sex, people) values (:id, :audience, :sex, :people)")
                    .param("id", id).param("audience", r.audience()).param("sex", r.sex()).param("people", r.people()).update();
        }
    }

    private List<CommsProduct> withLinks(List<CommsProduct> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> nodes = new HashMap<>();
        Map<Long, List<String>> audiences = new HashMap<>();
        Map<Long, List<Reach>> reach = new HashMap<>();
        List<Long> ids = rows.stream().map(CommsProduct::id).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            jdbc.sql("select product_id, node_code from comms_product_node where product_id in (:ids)").param("ids", chunk)
                    .query((rs, n) -> nodes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
            jdbc.sql("select product_id, audience_code from comms_product_audience where product_id in (:ids)").param("ids", chunk)
                    .query((rs, n) -> audiences.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
            jdbc.sql("select product_id, audience_code, sex, people from comms_reach where product_id in (:ids)").param("ids", chunk)
                    .query((rs, n) -> reach.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Reach(rs.getString(2), rs.getString(3), rs.getInt(4)))).list();
        }
        return rows.stream().map(p -> p.with(nodes.getOrDefault(p.id(), List.of()), audiences.getOrDefault(p.id(), List.of()),
                reach.getOrDefault(p.id(), List.of()))).toList();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ProductFilter f) {
        boolean restricted = f.onlyActivities() != null;
        return spec.param("fromDate", f.from()).param("toDate", f.to())
                .param("kind", f.kind() == null ? null : f.kind().name())
                .param("status", f.status() == null ? null : f.status().name())
                .param("orgUnit", f.orgUnit()).param("activity", f.activity()).param("demo", f.demo())
                .param("restricted", restricted)
                .param("ids", !restricted || f.onlyActivities().isEmpty() ? List.of(-1L) : f.onlyActivities());
    }

    private static Map<String, Object> values(ValidProduct v, String actor, OffsetDateTime now) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", v.title());
        m.put("kind", v.kind().name());
        m.put("channel", v.channel().name());
        m.put("language", v.language());
        m.put("date", v.date());
        m.put("status", v.status().name());
        m.put("orgUnit", v.orgUnit());
        m.put("activity", v.activity() == null ? null : v.activity().id());
        m.put("summary", v.summary());
        m.put("link", v.link());
        m.put("demo", v.demo());
        m.put("actor", actor);
        m.put("now", now);
        return m;
    }

    static CommsProduct row(ResultSet rs, int n) throws SQLException {
        return new CommsProduct(rs.getLong("id"), rs.getString("title"), ProductKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")), rs.getString("language"),
                rs.getObject("product_date", LocalDate.class), ProductStatus.valueOf(rs.getString("status")),
                rs.getString("org_unit_code"), rs.getObject("activity_id", Long.class), rs.getString("activity_code"),
                rs.getString("activity_title"), rs.getString("summary"), rs.getString("link"), null, null, null, 0,
                rs.getBoolean("demo"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
