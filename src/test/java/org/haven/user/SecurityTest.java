package org.haven.user;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@HavenDbTest
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void pagesRedirectAnonymousUsersToTheLoginForm() throws Exception {
        mvc.perform(get("/framework")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void apiAnswers401WithABasicChallengeInsteadOfARedirect() throws Exception {
        mvc.perform(get("/api/v1/framework"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(get("/api/v1/framework").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void formLoginNeedsACsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", TestDatabase.ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void firstStartCreatesTheAdminAndDemoUsersWithHashedPasswords() {
        HavenUser admin = (HavenUser) users.loadUserByUsername("admin");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches(TestDatabase.ADMIN_PASSWORD, admin.passwordHash())).isTrue();
        HavenUser focal = (HavenUser) users.loadUserByUsername("focal.ken");
        assertThat(focal.countries()).containsExactly("KEN");
    }

    @Test
    void apiCallsRefusedByAUrlRuleAnswerProblemJson() throws Exception {
        mvc.perform(get("/api/v1/audit").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("You do not have permission to do this"))
                .andExpect(jsonPath("$.instance").value("/api/v1/audit"));
    }

    @Test
    void adminPagesAreForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/users").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
