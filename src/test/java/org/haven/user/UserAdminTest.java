package org.haven.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HavenDbTest
class UserAdminTest {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    AuditLog audit;

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String json(String username, String roles, String countries, Integer version) {
        return """
                {"username":"%s","displayName":"Test %s","email":"t@example.org","password":"%s",
                 "roles":[%s],"countries":[%s],"partnerCode":null,"version":%s}"""
                .formatted(username, username, PASSWORD, roles, countries, version);
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD));
    }

    private HavenUser admin() {
        return (HavenUser) users.loadUserByUsername("admin");
    }

    private UserAccount account(String username) {
        return users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void adminCreatesAUserThroughTheApiWithoutExposingThePasswordHash() throws Exception {
        String name = unique("api");
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, "\"COUNTRY_FOCAL_POINT\"", "\"ken\"", null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(name))
                .andExpect(jsonPath("$.countries[0]").value("KEN"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.password").doesNotExist());
        long id = account(name).id();
        mvc.perform(asAdmin(get("/api/v1/users/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(name))
                .andExpect(content().string(not(containsString("bcrypt"))));
        mvc.perform(asAdmin(get("/api/v1/users")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem(name)))
                .andExpect(content().string(not(containsString("bcrypt"))));
    }

    @Test
    void adminCreatesAUserThroughTheForm() throws Exception {
        String name = unique("form");
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", name).param("displayName", "Form user").param("email", "")
                        .param("password", PASSWORD).param("roles", "PARTNER_REPORTER", "VIEWER")
                        .param("partnerCode", "DEMO-NGO").param("version", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"));
        UserAccount created = account(name);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.PARTNER_REPORTER, Role.VIEWER);
        assertThat(created.partnerCode()).isEqualTo("DEMO-NGO");
        mvc.perform(get("/admin/users").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/admin/users/" + created.id() + "/edit").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(not(containsString("bcrypt"))));
    }

    @Test
    void invalidFormReRendersWithFieldMessages() throws Exception {
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", "admin").param("displayName", "").param("password", PASSWORD)
                        .param("roles", "VIEWER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(containsString("class=\"error-summary\"")));
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", "admin").param("displayName", "Another admin").param("password", PASSWORD)
                        .param("roles", "VIEWER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"username-error\">is already taken</span>")))
                .andExpect(content().string(containsString("aria-describedby=\"username-error\"")));
    }

    @Test
    void duplicateUsernameIsRejectedNamingTheField() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(json("admin", "\"VIEWER\"", "", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")));
    }

    @Test
    void unknownCountryIsRejectedNamingTheField() throws Exception {
        String name = unique("nocountry");
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, "\"COUNTRY_FOCAL_POINT\"", "\"XYZ\"", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("countries"))
                .andExpect(jsonPath("$.errors[0].message", containsString("XYZ")));
        assertThat(users.all()).noneMatch(u -> u.username().equals(name));
    }

    @Test
    void countryFocalPointNeedsACountry() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(unique("focal"), "\"COUNTRY_FOCAL_POINT\"", "", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("countries")));
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        String name = unique("stale");
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                .content(json(name, "\"VIEWER\"", "", null))).andExpect(status().isCreated());
        long id = account(name).id();
        mvc.perform(asAdmin(put("/api/v1/users/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, "\"VIEWER\", \"MEL_OFFICER\"", "", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(asAdmin(put("/api/v1/users/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, "\"VIEWER\"", "", 0)))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/users/" + id).with(user(admin())).with(csrf())
                        .param("username", name).param("displayName", "Stale form").param("roles", "VIEWER")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this")));
        assertThat(account(name).roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.MEL_OFFICER);
    }

    @Test
    void deactivatedUserCannotLogIn() throws Exception {
        String name = unique("gone");
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                .content(json(name, "\"VIEWER\"", "", null))).andExpect(status().isCreated());
        UserAccount created = account(name);
        mvc.perform(get("/api/v1/orgunits").param("level", "1").with(httpBasic(name, PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + created.id() + "/deactivate").with(user(admin())).with(csrf())
                        .param("version", String.valueOf(created.version())))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("flashKey", "user.flash.deactivated"));
        assertThat(account(name).active()).isFalse();
        mvc.perform(get("/api/v1/orgunits").param("level", "1").with(httpBasic(name, PASSWORD)))
                .andExpect(status().isUnauthorized());
        UserAccount deactivated = account(name);
        mvc.perform(post("/admin/users/" + created.id() + "/reactivate").with(user(admin())).with(csrf())
                        .param("version", String.valueOf(created.version())))
                .andExpect(flash().attribute("errorKey", "common.conflict"));
        mvc.perform(post("/admin/users/" + created.id() + "/reactivate").with(user(admin())).with(csrf())
                        .param("version", String.valueOf(deactivated.version())))
                .andExpect(flash().attribute("flashKey", "user.flash.reactivated"));
        mvc.perform(get("/api/v1/orgunits").param("level", "1").with(httpBasic(name, PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void adminCannotDeactivateThemselfOrDropTheirOwnAdminRole() throws Exception {
        UserAccount self = account("admin");
        mvc.perform(post("/admin/users/" + self.id() + "/deactivate").with(user(admin())).with(csrf())
                        .param("version", String.valueOf(self.version())))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("errorKey", "user.error.selfDeactivate"));
        assertThat(account("admin").active()).isTrue();
        mvc.perform(asAdmin(put("/api/v1/users/" + self.id())).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"admin","displayName":"Haven administrator","roles":["VIEWER"],
                                 "version":%d}""".formatted(self.version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message", containsString("your own account")));
        assertThat(account("admin").roles()).contains(Role.ADMIN);
    }

    @Test
    void unknownUserIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/987654321/edit").with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(get("/api/v1/users/987654321"))).andExpect(status().isNotFound());
    }

    @Test
    void nonAdminsCannotUseTheUserApi() throws Exception {
        mvc.perform(get("/api/v1/users").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users").with(httpBasic("programme", TestDatabase.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json(unique("x"), "\"ADMIN\"", "", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void auditRowsCarryBeforeAndAfterButNeverThePasswordHash() throws Exception {
        String name = unique("audited");
        mvc.perform(asAdmin(post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                .content(json(name, "\"VIEWER\"", "", null))).andExpect(status().isCreated());
        long id = account(name).id();
        mvc.perform(asAdmin(put("/api/v1/users/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, "\"MEL_OFFICER\"", "", 0)))
                .andExpect(status().isOk());
        List<AuditEvent> events = audit.find("user", String.valueOf(id), 1, 10).items();
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        AuditEvent update = events.get(0);
        AuditEvent create = events.get(1);
        assertThat(create.actor()).isEqualTo("admin");
        assertThat(create.beforeJson()).isNull();
        assertThat(create.afterJson()).contains(name).contains("VIEWER");
        assertThat(update.beforeJson()).contains("VIEWER");
        assertThat(update.afterJson()).contains("MEL_OFFICER");
        for (AuditEvent e : events) {
            for (String snapshot : new String[] {e.beforeJson(), e.afterJson()}) {
                if (snapshot != null) {
                    assertThat(snapshot).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}")
                            .doesNotContain(PASSWORD);
                }
            }
        }
    }
}
