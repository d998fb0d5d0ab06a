package org.haven.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.participation.ParticipationFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The ledger's pages: list with derived indicators, form errors by field, detail, and who may open the form. */
@HavenDbTest
class ParticipationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void listShowsDerivedIndicatorsAndTheDemoEngagementsLabelled() throws Exception {
        String page = html(get("/participation").param("country", "PHL").with(as("viewer")));
        assertThat(page).contains("Derived indicators, Philippines").contains("id=\"derived-shares\"")
                .contains("id=\"derived-children\"").contains("class=\"badge demo\"").contains("Co-design");
        assertThat(page).doesNotContain("id=\"new-engagement\"");
        assertThat(html(get("/participation").with(as("focal.ken")))).contains("id=\"new-engagement\"");
        assertThat(html(get("/participation").param("year", "soon").with(as("viewer")))).contains("year is not a whole number");
    }

    @Test
    void viewerMayNotOpenTheFormAndMissingEngagementsAre404() throws Exception {
        mvc.perform(get("/participation/new").with(as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/participation/999999999").with(as("viewer"))).andExpect(status().isNotFound());
    }

    @Test
    void aRejectedFormRerendersWithEachProblemAtItsFieldAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from participation_engagement").query(Long.class).single();
        String page = html(post("/participation").with(as("mel")).with(csrf())
                .param("date", "2013-04-02").param("activity", "DEMO-01").param("country", "KEN")
                .param("purpose", "CONSULTATION").param("modality", "ONLINE")
                .param("children.F.Y10T14", "many").param("whatChildrenSaid", "Call me on +254 712 345 678"));
        assertThat(page).contains("id=\"error-summary\"").contains("id=\"children.F.Y10T14-error\"")
                .contains("is not a whole number: many").contains("value=\"2013-04-02\"");
        page = html(post("/participation").with(as("mel")).with(csrf())
                .param("date", "2013-04-02").param("activity", "DEMO-01").param("country", "KEN")
                .param("purpose", "CONSULTATION").param("modality", "ONLINE")
                .param("children.F.Y10T14", "-3").param("whatChildrenSaid", "Call me on +254 712 345 678"));
        assertThat(page).contains("id=\"children.F.Y10T14-error\"").contains("id=\"whatChildrenSaid-error\"")
                .contains("looks like a phone number");
        assertThat(jdbc.sql("select count(*) from participation_engagement").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aValidFormRecordsTheEngagementAndOpensIt() throws Exception {
        String location = mvc.perform(post("/participation").with(as("mel")).with(csrf())
                        .param("date", "2013-05-02").param("activity", "DEMO-01").param("country", "KEN")
                        .param("purpose", "EVALUATION").param("modality", "SURVEY").param("childrenWithDisabilities", "NO")
                        .param("childrenOnTheMove", "UNKNOWN").param("children.M.Y15T17", "12").param("informedConsent", "true")
                        .param("loopClosed", "true").param("feedbackDate", "2013-06-01"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/participation/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String page = html(get(location).with(as("viewer")));
        assertThat(page).contains("Evaluation").contains("id=\"total-children\" colspan=\"3\">12<").contains("Not every item met")
                .contains("Yes, on 2013-06-01");
    }
}
