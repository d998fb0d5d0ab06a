package org.haven.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HavenDbTest
class ActivityPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder form(String url, String code, String title) {
        return post(url).with(as("programme")).with(csrf())
                .param("code", code).param("title", title).param("leadImplementer", "OSRSG-VAC")
                .param("nodeCodes", "SO1", "ADV").param("areaCodes", "KEN").param("status", "PLANNED")
                .param("childParticipation", "NONE").param("startDate", "2025-01-01").param("endDate", "2025-06-30");
    }

    @Autowired
    ActivityNodeLinks nodeLinks;

    @Test
    void nodePagesListTheLinkedActivitiesWithStatusAndPercent() {
        assertThat(nodeLinks.sectionKey()).isEqualTo("plan.node.activities");
        assertThat(nodeLinks.linkedTo("ADV")).anySatisfy(link -> {
            assertThat(link.label()).startsWith("DEMO-03 [DEMO] ");
            assertThat(link.href()).matches("/activities/\\d+");
            assertThat(link.detail()).isEqualTo("Ongoing · 40%");
        });
        assertThat(nodeLinks.linkedTo("NO-SUCH-NODE")).isEmpty();
    }

    @Test
    void listShowsActiveNodeFiltersAsRemovableChipsAndTheCount() throws Exception {
        String page = html(get("/activities").param("node", "AWR").param("node", "CYB").param("demo", "true").with(as("viewer")));
        assertThat(page).contains("DEMO-02").doesNotContain("DEMO-01<");
        assertThat(page).contains("1 activity");
        assertThat(page).contains("href=\"/activities?demo=true&amp;node=CYB\"");
        assertThat(page).contains("href=\"/activities?demo=true&amp;node=AWR\"");
        assertThat(page).contains("/activities/export.csv?demo=true&amp;node=AWR&amp;node=CYB");
        assertThat(page).contains("class=\"badge demo\"");
    }

    @Test
    void listSortsByAWhitelistedColumnAndIgnoresUnknownOnes() throws Exception {
        String desc = html(get("/activities").param("demo", "true").param("sort", "code").param("dir", "desc").with(as("viewer")));
        assertThat(desc.indexOf("DEMO-14")).isLessThan(desc.indexOf("DEMO-01"));
        String unknown = html(get("/activities").param("demo", "true").param("sort", "id; drop table activity").with(as("viewer")));
        assertThat(unknown.indexOf("DEMO-01")).isLessThan(unknown.indexOf("DEMO-14"));
    }

    @Test
    void invalidFilterValuesAreReportedNotFatal() throws Exception {
        String page = html(get("/activities").param("startFrom", "yesterday").with(as("viewer")));
        assertThat(page).contains("startFrom is not a date");
        mvc.perform(get("/activities/export.csv").param("status", "SLEEPING").with(as("viewer")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aMissingActivityIs404() throws Exception {
        mvc.perform(get("/activities/987654321").with(as("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/activities/987654321/edit").with(as("programme"))).andExpect(status().isNotFound());
    }

    @Test
    void formCreatesAndRejectsInvalidInputWithFieldErrors() throws Exception {
        String code = "PAGE-" + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(form("/activities", code, "Made with the form"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/activities/\\d+");
        String detail = html(get(location).with(as("viewer")));
        assertThat(detail).contains("Made with the form").contains("Kenya").contains("Strategic objectives");

        String rejected = html(form("/activities", code, "").param("budgetAmount", "-5").param("endDate", "2024-01-01"));
        assertThat(rejected).contains("error-summary").contains("field-error")
                .contains("is already used").contains("title is required").contains("budget amount must be 0 or more")
                .contains("aria-describedby=\"title-error\"");
    }

    @Test
    void staleEditShowsTheConflictMessageAndViewerCannotOpenForms() throws Exception {
        String code = "STALE-" + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(form("/activities", code, "Before"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(form("/activities/" + id, code, "First").param("version", "0")).andExpect(status().is3xxRedirection());
        String conflict = html(form("/activities/" + id, code, "Second").param("version", "0"));
        assertThat(conflict).contains("Someone else changed this");
        assertThat(jdbc.sql("select title from activity where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("First");
        mvc.perform(get("/activities/new").with(as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/activities/" + id + "/edit").with(as("viewer"))).andExpect(status().isForbidden());
        assertThat(html(get("/activities/" + id + "/edit").with(as("focal.ken")))).contains("name=\"version\"");
    }

    @Test
    void progressFormRejectsAFutureDateAndAddsAValidUpdate() throws Exception {
        String code = "PGF-" + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(form("/activities", code, "Progress form")).andReturn().getResponse().getRedirectedUrl();
        String rejected = html(post(location + "/progress").with(as("programme")).with(csrf())
                .param("reportDate", "2999-01-01").param("narrative", "Future").param("status", "ONGOING"));
        assertThat(rejected).contains("is in the future");
        mvc.perform(post(location + "/progress").with(as("programme")).with(csrf())
                        .param("reportDate", "2025-02-01").param("narrative", "Kick-off held").param("status", "ONGOING")
                        .param("percentComplete", "20"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(location).with(as("viewer")))).contains("Kick-off held").contains("20%");
    }
}
