package org.haven.exchange.dhis2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the DHIS2 connections and mappings (tables of V21). */
@Repository
class Dhis2MappingStore {

    private final JdbcClient jdbc;

    Dhis2MappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Dhis2Connection> connections() {
        return jdbc.sql("select code, name, country, base_url, demo from dhis2_connection order by name, code")
                .query(Dhis2MappingStore::connection).list();
    }

    Optional<Dhis2Connection> connection(String code) {
        return jdbc.sql("select code, name, country, base_url, demo from dhis2_connection where code = :code")
                .param("code", code).query(Dhis2MappingStore::connection).optional();
    }

    void insertConnection(Dhis2Connection c, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into dhis2_connection (code, name, country, base_url, demo, created_at, created_by)
                values (:code, :name, :country, :url, :demo, :at, :by)""")
                .param("code", c.code()).param("name", c.name()).param("country", c.country())
                .param("url", c.baseUrl()).param("demo", c.demo()).param("at", now).param("by", actor).update();
    }

    int deleteConnection(String code) {
        return jdbc.sql("delete from dhis2_connection where code = :code").param("code", code).update();
    }

    /** The connection's mappings by kind, DHIS2 id and element, oldest first within ties. */
    List<Dhis2Mapping> mappings(String connection) {
        return jdbc.sql("""
                select id, connection_code, kind, dhis2_id, haven_code, data_element, demo, created_at, created_by
                from dhis2_mapping where connection_code = :c order by kind, dhis2_id, data_element, id""")
                .param("c", connection).query(Dhis2MappingStore::mapping).list();
    }

    Optional<Dhis2Mapping> mapping(long id) {
        return jdbc.sql("""
                select id, connection_code, kind, dhis2_id, haven_code, data_element, demo, created_at, created_by
                from dhis2_mapping where id = :id""").param("id", id).query(Dhis2MappingStore::mapping).optional();
    }

    boolean exists(String connection, Dhis2MappingKind kind, String dhis2Id, String dataElement) {
        return jdbc.sql("""
                select count(*) from dhis2_mapping
                where connection_code = :c and kind = :kind and dhis2_id = :id and data_element = :de""")
                .param("c", connection).param("kind", kind.name()).param("id", dhis2Id).param("de", dataElement)
                .query(Long.class).single() > 0;
    }

    long insert(String connection, Dhis2MappingKind kind, String dhis2Id, String havenCode, String dataElement,
            boolean demo, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into dhis2_mapping (connection_code, kind, dhis2_id, haven_code, data_element, demo, created_at,
                    created_by)
                values (:c, :kind, :id, :haven, :de, :demo, :at, :by)""")
                .param("c", connection).param("kind", kind.name()).param("id", dhis2Id).param("haven", havenCode)
                .param("de", dataElement).param("demo", demo).param("at", now).param("by", actor).update();
        return jdbc.sql("""
                select id from dhis2_mapping
                where connection_code = :c and kind = :kind and dhis2_id = :id and data_element = :de""")
                .param("c", connection).param("kind", kind.name()).param("id", dhis2Id).param("de", dataElement)
                .query(Long.class).single();
    }

    int delete(long id) {
        return jdbc.sql("delete from dhis2_mapping where id = :id").param("id", id).update();
    }

    long demoCount() {
        return jdbc.sql("select count(*) from dhis2_mapping where demo = true").query(Long.class).single()
                + jdbc.sql("select count(*) from dhis2_connection where demo = true").query(Long.class).single();
    }

    /** Deletes demo mappings and demo connections (with all their mappings); returns how many rows went. */
    long removeDemo() {
        long rows = jdbc.sql("""
                delete from dhis2_mapping where demo = true
                   or connection_code in (select code from dhis2_connection where demo = true)""").update();
        return rows + jdbc.sql("delete from dhis2_connection where demo = true").update();
    }

    private static Dhis2Connection connection(ResultSet rs, int row) throws SQLException {
        return new Dhis2Connection(rs.getString("code"), rs.getString("name"), rs.getString("country"),
                rs.getString("base_url"), rs.getBoolean("demo"));
    }

    private static Dhis2Mapping mapping(ResultSet rs, int row) throws SQLException {
        return new Dhis2Mapping(rs.getLong("id"), rs.getString("connection_code"),
                Dhis2MappingKind.valueOf(rs.getString("kind")), rs.getString("dhis2_id"), rs.getString("haven_code"),
                rs.getString("data_element"), rs.getBoolean("demo"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }
}
