package org.haven.pivot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes favourites (table of migration 13); the selection is stored as JSON. */
@Repository
class FavouriteStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FavouriteStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The user's own favourites, by name. */
    List<Favourite> ownedBy(String owner) {
        return jdbc.sql("select * from favourite where owner = :owner order by lower(name), id")
                .param("owner", owner).query(this::favourite).list();
    }

    /** Favourites other users shared with everyone, by name. */
    List<Favourite> sharedByOthers(String user) {
        return jdbc.sql("select * from favourite where shared = true and owner <> :user order by lower(name), id")
                .param("user", user).query(this::favourite).list();
    }

    Optional<Favourite> find(long id) {
        return jdbc.sql("select * from favourite where id = :id").param("id", id).query(this::favourite).optional();
    }

    long insert(String owner, String name, Favourite.Kind kind, PivotSelection selection, boolean shared) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into favourite (owner, name, kind, selection, shared, version, created_at, updated_at)
                        values (:owner, :name, :kind, :selection, :shared, 0, :now, :now)""")
                .param("owner", owner).param("name", name).param("kind", kind.name())
                .param("selection", json.writeValueAsString(selection)).param("shared", shared).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Renames and (un)shares if the row still has {@code version}; false when someone changed it first. */
    boolean update(long id, String name, boolean shared, int version) {
        return jdbc.sql("""
                        update favourite set name = :name, shared = :shared, version = version + 1, updated_at = :now
                        where id = :id and version = :version""")
                .param("id", id).param("name", name).param("shared", shared).param("version", version)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update() == 1;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("delete from favourite where id = :id and version = :version")
                .param("id", id).param("version", version).update() == 1;
    }

    private Favourite favourite(ResultSet rs, int n) throws SQLException {
        return new Favourite(rs.getLong("id"), rs.getString("owner"), rs.getString("name"),
                Favourite.Kind.valueOf(rs.getString("kind")),
                json.readValue(rs.getString("selection"), PivotSelection.class), rs.getBoolean("shared"),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
