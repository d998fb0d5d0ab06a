package org.haven.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.learning.LearningApi.evaluation;
import static org.haven.learning.LearningApi.fields;
import static org.haven.learning.LearningApi.messages;
import static org.haven.learning.LearningApi.recommendation;
import static org.haven.learning.LearningApi.unique;
import static org.haven.learning.LearningApi.withVersion;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Recommendations through the API: management response, owner, due date and follow-up with their rules, 409 on a
 * stale version, and the overdue flag with dates relative to today (UTC, as the service judges).
 */
@HavenDbTest
class RecommendationApiTest {

    private static final String PATH = "/api/v1/learning/recommendations";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    LearningApi api;
    long evaluationId;

    @BeforeEach
    void setUp() throws Exception {
        api = new LearningApi(mvc);
        evaluationId = api.created("/api/v1/learning/evaluations", evaluation(unique("Recommendations of"), "\"JUS\"", "", null))
                .get("id").asLong();
    }

    private static String day(int fromToday) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(fromToday).toString();
    }

    @Test
    void recommendationAwaitingResponseIsRecordedAndReadBack() throws Exception {
        JsonNode created = api.created(PATH, recommendation(evaluationId, "Train more judges", null, null, null, null));
        JsonNode read = api.read(PATH + "/" + created.get("id").asLong());
        assertThat(read.get("evaluationId").asLong()).isEqualTo(evaluationId);
        assertThat(read.get("text").asString()).isEqualTo("Train more judges");
        assertThat(read.get("managementResponse").isNull()).isTrue();
        assertThat(read.get("followUpStatus").asString()).isEqualTo("NOT_STARTED");
        assertThat(read.get("overdue").asBoolean()).isFalse();
        assertThat(read.get("demo").asBoolean()).isFalse();
        assertThat(api.read("/api/v1/learning/evaluations/" + evaluationId + "/recommendations").size()).isEqualTo(1);
    }

    @Test
    void acceptedRecommendationNeedsOwnerAndDueDate() throws Exception {
        String problem = api.post(PATH, "mel", recommendation(evaluationId, "Do it", "ACCEPTED", null, null, null))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(fields(problem)).containsExactlyInAnyOrder("owner", "dueDate");
        assertThat(messages(problem)).contains("an accepted or partially accepted recommendation needs an owner",
                "an accepted or partially accepted recommendation needs a due date");
        api.post(PATH, "mel", recommendation(evaluationId, "Do it", "PARTIALLY_ACCEPTED", "Unit A", day(30), "IN_PROGRESS"))
                .andExpect(status().isCreated());
        api.post(PATH, "mel", recommendation(evaluationId, "Will not do", "REJECTED", null, null, null))
                .andExpect(status().isCreated());
    }

    @Test
    void unknownValuesAndFollowUpBeforeAcceptanceAreRefusedNamingTheField() throws Exception {
        long before = count();
        String problem = api.post(PATH, "mel", recommendation(evaluationId, "", "MAYBE", null, null, "HALF_DONE"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(fields(problem)).containsExactlyInAnyOrder("text", "managementResponse", "followUpStatus");
        assertThat(messages(problem)).contains("text is required",
                "unknown management response MAYBE (ACCEPTED, PARTIALLY_ACCEPTED or REJECTED, or empty while awaited)",
                "unknown follow-up status HALF_DONE (NOT_STARTED, IN_PROGRESS or COMPLETED)");
        problem = api.post(PATH, "mel", recommendation(evaluationId, "Too early", null, null, null, "IN_PROGRESS"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(messages(problem)).containsExactly("follow-up can only start once management has accepted or "
                + "partially accepted the recommendation");
        problem = api.post(PATH, "mel", recommendation(987654321L, "Orphan", null, null, null, null))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(messages(problem)).containsExactly("there is no evaluation 987654321");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void settingTheManagementResponseIsAuditedAndAStaleVersionAnswers409() throws Exception {
        JsonNode created = api.created(PATH, recommendation(evaluationId, "Share data", null, null, null, null));
        String path = PATH + "/" + created.get("id").asLong();
        api.put(path, "programme", withVersion(recommendation(evaluationId, "Share data", "ACCEPTED", "Data unit",
                day(10), "NOT_STARTED"), 0)).andExpect(status().isOk());
        api.put(path, "programme", withVersion(recommendation(evaluationId, "Share data", "REJECTED", null, null,
                "NOT_STARTED"), 0)).andExpect(status().isConflict());
        JsonNode now = api.read(path);
        assertThat(now.get("managementResponse").asString()).isEqualTo("ACCEPTED");
        assertThat(now.get("owner").asString()).isEqualTo("Data unit");
        assertThat(now.get("version").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_event where entity_type = 'learning_recommendation'"
                        + " and entity_id = :id order by id").param("id", String.valueOf(created.get("id").asLong()))
                .query(String.class).list())
                .hasSize(2).last().asString().contains("response ACCEPTED");
    }

    @Test
    void overdueMeansDueDateBeforeTodayFollowUpNotCompletedAndNotRejected() throws Exception {
        long lateStarted = rec("ACCEPTED", day(-1), "IN_PROGRESS");
        long lateNotStarted = rec("PARTIALLY_ACCEPTED", day(-30), "NOT_STARTED");
        long dueToday = rec("ACCEPTED", day(0), "NOT_STARTED");
        long future = rec("ACCEPTED", day(5), "NOT_STARTED");
        long lateCompleted = rec("ACCEPTED", day(-3), "COMPLETED");
        long lateRejected = api.created(PATH, recommendation(evaluationId, "No", "REJECTED", null, day(-3), null))
                .get("id").asLong();
        long awaitedNoDate = api.created(PATH, recommendation(evaluationId, "Later", null, null, null, null))
                .get("id").asLong();

        assertThat(overdue(lateStarted)).isTrue();
        assertThat(overdue(lateNotStarted)).isTrue();
        assertThat(overdue(dueToday)).isFalse();
        assertThat(overdue(future)).isFalse();
        assertThat(overdue(lateCompleted)).isFalse();
        assertThat(overdue(lateRejected)).isFalse();
        assertThat(overdue(awaitedNoDate)).isFalse();
        assertThat(LearningApi.ids(api.read(PATH, "evaluation", String.valueOf(evaluationId), "overdue", "true")))
                .containsExactly(lateNotStarted, lateStarted);
        List<Long> all = LearningApi.ids(api.read(PATH, "evaluation", String.valueOf(evaluationId)));
        assertThat(all.subList(0, 2)).as("overdue first").containsExactly(lateNotStarted, lateStarted);
        assertThat(all).hasSize(7);
    }

    @Test
    void completingTheFollowUpClearsTheOverdueFlagAndTheHomeCount() throws Exception {
        long before = overdueOnHome();
        long id = rec("ACCEPTED", day(-2), "IN_PROGRESS");
        assertThat(overdueOnHome()).isEqualTo(before + 1);
        api.put(PATH + "/" + id, "mel", withVersion(recommendation(evaluationId, "Late", "ACCEPTED", "Unit",
                day(-2), "COMPLETED"), 0)).andExpect(status().isOk());
        assertThat(overdue(id)).isFalse();
        assertThat(overdueOnHome()).isEqualTo(before);
    }

    @Test
    void filtersByResponseIncludingAwaitedAndRefusesUnknownOnes() throws Exception {
        long awaited = api.created(PATH, recommendation(evaluationId, "Awaited", null, null, null, null)).get("id").asLong();
        long accepted = rec("ACCEPTED", day(3), "NOT_STARTED");
        String ev = String.valueOf(evaluationId);
        assertThat(LearningApi.ids(api.read(PATH, "evaluation", ev, "response", "NONE"))).containsExactly(awaited);
        assertThat(LearningApi.ids(api.read(PATH, "evaluation", ev, "response", "accepted"))).containsExactly(accepted);
        assertThat(LearningApi.ids(api.read(PATH, "evaluation", ev, "node", "JUS"))).contains(awaited, accepted);
        assertThat(LearningApi.ids(api.read(PATH, "evaluation", ev, "node", "CYB"))).isEmpty();
        String problem = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(PATH)
                        .param("response", "PERHAPS").param("status", "x").with(LearningApi.as("viewer")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(fields(problem)).containsExactly("response", "status");
    }

    private long rec(String response, String due, String status) throws Exception {
        return api.created(PATH, recommendation(evaluationId, "Late", response, "Unit", due, status)).get("id").asLong();
    }

    private boolean overdue(long id) throws Exception {
        return api.read(PATH + "/" + id).get("overdue").asBoolean();
    }

    private long overdueOnHome() throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/learning")
                .with(LearningApi.as("viewer"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"count-overdue\"[^>]*>(\\d+)<").matcher(html);
        assertThat(m.find()).as("overdue count on the learning home").isTrue();
        return Long.parseLong(m.group(1));
    }

    private long count() {
        return jdbc.sql("select count(*) from learning_recommendation").query(Long.class).single();
    }
}
