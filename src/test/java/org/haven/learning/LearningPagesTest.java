package org.haven.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.learning.LearningApi.as;
import static org.haven.learning.LearningApi.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The learning forms: rejected input shows the form again (400) with a message at each field; saving redirects. */
@HavenDbTest
class LearningPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void evaluationFormShowsEachFieldsMessageAndKeepsWhatWasTyped() throws Exception {
        long before = jdbc.sql("select count(*) from learning_evaluation").query(Long.class).single();
        String page = mvc.perform(post("/learning/evaluations").with(as("mel")).with(csrf())
                        .param("title", "Typed title").param("evaluator", "").param("startDate", "2025-13-40")
                        .param("reportUrl", "www.example.org/report").param("nodeCodes", "JUS-4"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-summary\"")
                .contains("id=\"startDate-error\"").contains("startDate is not a date (YYYY-MM-DD): 2025-13-40");
        assertThat(jdbc.sql("select count(*) from learning_evaluation").query(Long.class).single()).isEqualTo(before);

        page = mvc.perform(post("/learning/evaluations").with(as("mel")).with(csrf())
                        .param("title", "Typed title").param("evaluator", "").param("startDate", "2025-01-01")
                        .param("reportUrl", "www.example.org/report").param("nodeCodes", "JUS-4"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"evaluator-error\"").contains("evaluator is required")
                .contains("id=\"reportUrl-error\"")
                .contains("report link must be a web address starting with http:// or https://: www.example.org/report")
                .contains("value=\"Typed title\"").containsPattern("<option value=\"JUS-4\" selected=\"selected\"");
    }

    @Test
    void savedEvaluationAndRecommendationShowOnTheEvaluationPageFlaggedOverdue() throws Exception {
        String title = unique("Page evaluation");
        MvcResult saved = mvc.perform(post("/learning/evaluations").with(as("programme")).with(csrf())
                        .param("title", title).param("evaluator", "Evaluators").param("nodeCodes", "CYB-2")
                        .param("activityCodes", "DEMO-10").param("reportUrl", "https://example.org/r.pdf"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).matches("/learning/evaluations/\\d+");

        String bad = mvc.perform(post(location + "/recommendations").with(as("programme")).with(csrf())
                        .param("text", "Late rec").param("managementResponse", "ACCEPTED").param("followUpStatus", "NOT_STARTED"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"owner-error\"").contains("id=\"dueDate-error\"");

        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        mvc.perform(post(location + "/recommendations").with(as("programme")).with(csrf())
                        .param("text", "Late rec").param("managementResponse", "ACCEPTED").param("owner", "Unit X")
                        .param("dueDate", yesterday).param("followUpStatus", "NOT_STARTED"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(location).with(as("viewer"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(title).contains("https://example.org/r.pdf").contains("href=\"/learning/nodes/CYB-2\"")
                .containsPattern("href=\"/activities/\\d+\"[^>]*>\\s*<span class=\"code\">DEMO-10</span>")
                .contains("Late rec").contains("Unit X").contains(yesterday)
                .containsPattern("class=\"badge overdue\">Overdue<");
    }

    @Test
    void staleRecommendationFormAnswers409AndSaysSo() throws Exception {
        long evaluation = new LearningApi(mvc).created("/api/v1/learning/evaluations",
                LearningApi.evaluation(unique("Stale form"), "", "", null)).get("id").asLong();
        long rec = new LearningApi(mvc).created("/api/v1/learning/recommendations",
                LearningApi.recommendation(evaluation, "Text", null, null, null, null)).get("id").asLong();
        mvc.perform(post("/learning/recommendations/" + rec).with(as("mel")).with(csrf()).param("text", "One")
                .param("followUpStatus", "NOT_STARTED").param("version", "0")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/learning/recommendations/" + rec).with(as("mel")).with(csrf()).param("text", "Two")
                        .param("followUpStatus", "NOT_STARTED").param("version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"conflict\"").contains(">Two</textarea>");
    }

    @Test
    void listsShowFilterProblemsInsteadOfFailing() throws Exception {
        String page = mvc.perform(get("/learning/recommendations").param("status", "SOMETIME").with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Some filters were not understood").contains("unknown follow-up status SOMETIME");
        mvc.perform(get("/learning/evaluations/987654321").with(as("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/learning/lessons/987654321").with(as("viewer"))).andExpect(status().isNotFound());
    }
}
