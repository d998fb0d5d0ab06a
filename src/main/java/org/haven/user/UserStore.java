package org.haven.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for users, their roles and country scopes. */
@Repository
class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    Optional<HavenUser> principal(String username) {
        return jdbc.sql("select * from app_user where username = :u").param("u", username)
                .query((rs, n) -> new HavenUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("active"),
                        roles(rs.getLong("id")), countries(rs.getLong("id")), rs.getString("partner_code")))
                .optional();
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(this::account).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = :u").param("u", username).query(this::account).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by active desc, username").query(this::account).list();
    }

    long insert(UserForm f, String passwordHash, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, partner_code, active, version, created_at, updated_at)
                values (:username, :name, :email, :hash, :partner, true, 0, :now, :now)""")
                .param("username", f.username().trim()).param("name", f.displayName().trim())
                .param("email", blankToNull(f.email())).param("hash", passwordHash)
                .param("partner", blankToNull(f.partnerCode())).param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        writeScopes(id, f.roles(), f.countries());
        return id;
    }

    /** Returns false when the version is stale. */
    boolean update(long id, int version, UserForm f, String newPasswordHash, OffsetDateTime now) {
        int rows = jdbc.sql("""
                update app_user set username = :username, display_name = :name, email = :email, partner_code = :partner,
                  password_hash = coalesce(:hash, password_hash), version = version + 1, updated_at = :now
                where id = :id and version = :version""")
                .param("username", f.username().trim()).param("name", f.displayName().trim())
                .param("email", blankToNull(f.email())).param("partner", blankToNull(f.partnerCode()))
                .param("hash", newPasswordHash).param("now", now).param("id", id).param("version", version)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from app_user_role where user_id = :id").param("id", id).update();
        jdbc.sql("delete from app_user_country where user_id = :id").param("id", id).update();
        writeScopes(id, f.roles(), f.countries());
        return true;
    }

    boolean setActive(long id, int version, boolean active, OffsetDateTime now) {
        return jdbc.sql("update app_user set active = :active, version = version + 1, updated_at = :now where id = :id and version = :version")
                .param("active", active).param("now", now).param("id", id).param("version", version)
                .update() == 1;
    }

    private void writeScopes(long id, Set<Role> roles, Set<String> countries) {
        for (Role r : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)").param("id", id).param("role", r.name()).update();
        }
        for (String c : countries) {
            jdbc.sql("insert into app_user_country (user_id, country_code) values (:id, :c)").param("id", id).param("c", c).update();
        }
    }

    private UserAccount account(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new UserAccount(id, rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                roles(id), countries(id), rs.getString("partner_code"), rs.getBoolean("active"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private Set<Role> roles(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from app_user_role where user_id = :id").param("id", id).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private Set<String> countries(long id) {
        return new LinkedHashSet<>(jdbc.sql("select country_code from app_user_country where user_id = :id order by country_code")
                .param("id", id).query(String.class).list());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
