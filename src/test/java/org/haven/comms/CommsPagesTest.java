package org.haven.comms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.framework.NodeLinkContributor;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The register's pages: list with reach, the month calendar and its list, form errors, access, node links. */
@HavenDbTest
class CommsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommsNodeLinks nodeLinks;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void listShowsReachByAudienceAndTheLabelledDemoProducts() throws Exception {
        String page = html(get("/communications").with(as("viewer")));
        assertThat(page).contains("People reached by awareness and communication work").contains("id=\"reach-by-audience\"")
                .contains("[DEMO] #SafeOnline campaign").contains("class=\"badge demo\"");
        assertThat(page).doesNotContain("id=\"new-product\"");
        assertThat(html(get("/communications").param("month", "May").with(as("viewer")))).contains("month is not YYYY-MM");
    }

    @Test
    void calendarShowsTheMonthGridAndTheSameProductsAsAList() throws Exception {
        String page = html(get("/communications/calendar").param("month", "2024-09").with(as("viewer")));
        assertThat(page).contains("data-date=\"2024-09-30\"").contains("id=\"month-list\"")
                .contains("[DEMO] #SafeOnline campaign").contains("month=2024-08").contains("month=2024-10")
                .contains("<caption>");
        assertThat(html(get("/communications/calendar").param("month", "someday").with(as("viewer"))))
                .contains("The month someday was not understood");
    }

    @Test
    void aRejectedFormRerendersWithProblemsAtTheirFieldsAndViewersMayNotAdd() throws Exception {
        long before = jdbc.sql("select count(*) from comms_product").query(Long.class).single();
        String page = html(post("/communications").with(as("mel")).with(csrf())
                .param("title", "Brief").param("kind", "BRIEF").param("channel", "EMAIL").param("language", "en")
                .param("date", "2019-01-10").param("status", "PLANNED").param("orgUnit", "001")
                .param("audiences", "CHILDREN").param("reach.CHILDREN.F", "lots"));
        assertThat(page).contains("id=\"error-summary\"").contains("id=\"reach.CHILDREN.F-error\"").contains("value=\"Brief\"");
        page = html(post("/communications").with(as("mel")).with(csrf())
                .param("title", "Brief").param("kind", "BRIEF").param("channel", "EMAIL").param("language", "en")
                .param("date", "2019-01-10").param("status", "PLANNED").param("orgUnit", "001")
                .param("reach.CHILDREN.F", "4"));
        assertThat(page).contains("id=\"audiences-error\"").contains("id=\"reach.CHILDREN.F-error\"");
        assertThat(jdbc.sql("select count(*) from comms_product").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/communications/new").with(as("viewer"))).andExpect(status().isForbidden());
    }

    @Test
    void frameworkNodePagesListTheProductsServingThem() {
        assertThat(nodeLinks.sectionKey()).isEqualTo("comms.node.products");
        assertThat(nodeLinks.linkedTo("CYB")).extracting(NodeLinkContributor.NodeLink::label)
                .contains("[DEMO] #SafeOnline campaign");
    }
}
