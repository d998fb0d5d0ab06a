package org.haven.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The V18_1 and V18_3 migrations on a fresh schema of the test database (H2, then PostgreSQL): Flyway to V18, free
 * text typed as before, then the rest of the migrations.
 */
@HavenDbTest
class FreeTextPartnersMigrationTest {

    @Autowired
    DataSource dataSource;

    private final String schema = "mig_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(target).load();
    }

    @AfterEach
    void dropSchema() {
        JdbcClient.create(dataSource).sql("drop schema " + schema + " cascade").update();
    }

    @Test
    void freeTextPartnersBecomeLinksAndUserPartnerCodesReferenceTheRegistry() {
        flyway("18").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String s = schema + ".";
        jdbc.sql("insert into " + s + "framework_node (code, kind, title, created_at, updated_at)"
                + " values ('UNODC', 'IMPLEMENTER', 'UNODC', current_timestamp, current_timestamp)").update();
        partner(jdbc, "ACME", "Acme Holdings", false);
        partner(jdbc, "DEMO-NSO", "[DEMO] National statistics office", true);
        long a1 = activity(jdbc, "A1", "acme holdings; Save the Children / ACME\nsave the children", false);
        long a2 = activity(jdbc, "A2", "Save the children, Acme.", false);
        long a3 = activity(jdbc, "A3", "National statistics office; Community leaders", true);
        long a4 = activity(jdbc, "A4", "  ", false);
        long a5 = activity(jdbc, "A5", null, false);
        user(jdbc, "u-name", "acme holdings");
        user(jdbc, "u-code", "demo-nso");
        user(jdbc, "u-blank", " ");
        user(jdbc, "u-unknown", "Unknown Org");

        flyway("18.3").migrate(); // the partner migrations; later ones need the seeded reference data

        assertThat(links(jdbc, s, a1)).containsExactly("ACME", "SAVE-THE-CHILDREN");
        assertThat(links(jdbc, s, a2)).containsExactly("ACME-2", "SAVE-THE-CHILDREN");
        assertThat(links(jdbc, s, a3)).containsExactly("COMMUNITY-LEADERS", "DEMO-NSO");
        assertThat(links(jdbc, s, a4)).isEmpty();
        assertThat(links(jdbc, s, a5)).isEmpty();
        assertThat(jdbc.sql("select code, name, partner_type, needs_review, demo from " + s + "partner where needs_review order by code")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getBoolean(4)), String.valueOf(rs.getBoolean(5)))).list()).containsExactly(
                "ACME-2|Acme.|NGO|true|false",
                "COMMUNITY-LEADERS|Community leaders|NGO|true|true",
                "SAVE-THE-CHILDREN|Save the Children|NGO|true|false",
                "UNKNOWN-ORG|Unknown Org|NGO|true|false");
        assertThat(jdbc.sql("select count(*) from " + s + "audit_event where actor = 'migration' and entity_type = 'partner'")
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select username || '=' || coalesce(partner_code, '-') from " + s + "app_user order by username")
                .query(String.class).list()).containsExactly("u-blank=-", "u-code=DEMO-NSO", "u-name=ACME", "u-unknown=UNKNOWN-ORG");
        assertThatThrownBy(() -> activity(jdbc, "A6", "text", false)).hasMessageContaining("partners");
        assertThatThrownBy(() -> user(jdbc, "u-bad", "NO-SUCH-PARTNER")).isInstanceOf(RuntimeException.class);
    }

    private List<String> links(JdbcClient jdbc, String s, long activity) {
        return jdbc.sql("select partner_code from " + s + "activity_partner where activity_id = :id order by partner_code")
                .param("id", activity).query(String.class).list();
    }

    private void partner(JdbcClient jdbc, String code, String name, boolean demo) {
        jdbc.sql("insert into " + schema + ".partner (code, name, partner_type, demo, created_at, created_by, updated_at, updated_by)"
                + " values (:code, :name, 'NGO', :demo, current_timestamp, 't', current_timestamp, 't')")
                .param("code", code).param("name", name).param("demo", demo).update();
    }

    private long activity(JdbcClient jdbc, String code, String partners, boolean demo) {
        jdbc.sql("insert into " + schema + ".activity (code, title, lead_implementer, partners, status, demo, created_at,"
                + " created_by, updated_at, updated_by) values (:code, :code, 'UNODC', :partners, 'PLANNED', :demo,"
                + " current_timestamp, 't', current_timestamp, 't')")
                .param("code", code).param("partners", partners).param("demo", demo).update();
        return jdbc.sql("select id from " + schema + ".activity where code = :code").param("code", code)
                .query(Long.class).single();
    }

    private void user(JdbcClient jdbc, String username, String partner) {
        jdbc.sql("insert into " + schema + ".app_user (username, display_name, password_hash, partner_code, created_at,"
                + " updated_at) values (:u, :u, 'x', :p, current_timestamp, current_timestamp)")
                .param("u", username).param("p", partner).update();
    }
}
