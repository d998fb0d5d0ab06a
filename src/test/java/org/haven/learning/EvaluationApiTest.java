package org.haven.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.learning.LearningApi.as;
import static org.haven.learning.LearningApi.evaluation;
import static org.haven.learning.LearningApi.fields;
import static org.haven.learning.LearningApi.messages;
import static org.haven.learning.LearningApi.unique;
import static org.haven.learning.LearningApi.withVersion;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/** The evaluations API: create, read, change, delete, its 400 field messages, 404 and 409, and its audit trail. */
@HavenDbTest
class EvaluationApiTest {

    private static final String PATH = "/api/v1/learning/evaluations";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    LearningApi api;

    @BeforeEach
    void setUp() {
        api = new LearningApi(mvc);
    }

    @Test
    void createAnswers201WithLocationAndTheEvaluationReadsBackWithItsLinks() throws Exception {
        String title = unique("Created evaluation");
        MvcResult r = api.post(PATH, "programme", evaluation(title, "\"SO3\", \"JUS-4\"", "\"DEMO-04\", \"demo-05\"",
                "https://example.org/report.pdf")).andExpect(status().isCreated()).andReturn();
        String location = r.getResponse().getHeader("Location");
        assertThat(location).matches("/api/v1/learning/evaluations/\\d+");
        JsonNode read = api.read(location);
        assertThat(read.get("title").asString()).isEqualTo(title);
        assertThat(read.get("evaluator").asString()).isEqualTo("Test evaluators");
        assertThat(read.get("startDate").asString()).isEqualTo("2025-01-01");
        assertThat(read.get("reportUrl").asString()).isEqualTo("https://example.org/report.pdf");
        assertThat(read.get("nodeCodes").toString()).isEqualTo("[\"JUS-4\",\"SO3\"]");
        assertThat(read.get("activityCodes").toString()).isEqualTo("[\"DEMO-04\",\"DEMO-05\"]");
        assertThat(read.get("version").asInt()).isZero();
        assertThat(read.get("demo").asBoolean()).isFalse();
        assertThat(read.get("createdBy").asString()).isEqualTo("programme");
    }

    @Test
    void invalidInputAnswers400NamingEachFieldAndStoresNothing() throws Exception {
        long before = count();
        String body = """
                {"title": " ", "evaluator": "", "startDate": "2025-06-01", "endDate": "2025-01-01",
                 "reportUrl": "ftp://example.org/report.pdf", "nodeCodes": ["NOPE", "UNODC"], "activityCodes": ["NO-SUCH"]}
                """;
        String problem = api.post(PATH, "mel", body).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(fields(problem)).contains("title", "evaluator", "endDate", "reportUrl", "nodeCodes", "activityCodes");
        assertThat(messages(problem)).contains("title is required", "evaluator is required",
                "end date 2025-01-01 is before start date 2025-06-01",
                "report link must be a web address starting with http:// or https://: ftp://example.org/report.pdf",
                "unknown framework node NOPE", "framework node UNODC is a implementer and cannot be linked",
                "unknown activity NO-SUCH");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void reportLinkMustBeAnHttpOrHttpsAddressWithAHost() throws Exception {
        for (String bad : List.of("not a link", "example.org/report", "http://", "javascript:alert(1)", "https:///x")) {
            String problem = api.post(PATH, "mel", evaluation(unique("Bad link"), "", "", bad))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(fields(problem)).as(bad).containsExactly("reportUrl");
        }
        api.post(PATH, "mel", evaluation(unique("Plain http"), "", "", "http://example.org/r?id=1"))
                .andExpect(status().isCreated());
        api.post(PATH, "mel", evaluation(unique("No link yet"), "", "", null)).andExpect(status().isCreated());
    }

    @Test
    void malformedJsonDateAnswers400() throws Exception {
        api.post(PATH, "mel", "{\"title\": \"x\", \"evaluator\": \"y\", \"startDate\": \"31/12/2025\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void staleVersionAnswers409AndChangesNothing() throws Exception {
        JsonNode created = api.created(PATH, evaluation(unique("Stale"), "\"SO1\"", "", null));
        String path = PATH + "/" + created.get("id").asLong();
        api.put(path, "mel", withVersion(evaluation("First change", "\"SO2\"", "", null), 0)).andExpect(status().isOk());
        api.put(path, "mel", withVersion(evaluation("Stale change", "\"SO3\"", "", null), 0))
                .andExpect(status().isConflict());
        JsonNode now = api.read(path);
        assertThat(now.get("title").asString()).isEqualTo("First change");
        assertThat(now.get("nodeCodes").toString()).isEqualTo("[\"SO2\"]");
        assertThat(now.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void whatGetReturnsCanBeChangedAndPutBack() throws Exception {
        JsonNode created = api.created(PATH, evaluation(unique("Round trip"), "\"SO1\"", "\"DEMO-01\"", null));
        String path = PATH + "/" + created.get("id").asLong();
        String body = api.read(path).toString().replace("\"Test evaluators\"", "\"Other evaluators\"");
        api.put(path, "mel", body).andExpect(status().isOk());
        JsonNode now = api.read(path);
        assertThat(now.get("evaluator").asString()).isEqualTo("Other evaluators");
        assertThat(now.get("activityCodes").toString()).isEqualTo("[\"DEMO-01\"]");
        assertThat(now.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void updateWithoutVersionIsRefusedNamingTheField() throws Exception {
        JsonNode created = api.created(PATH, evaluation(unique("No version"), "", "", null));
        String problem = api.put(PATH + "/" + created.get("id").asLong(), "mel", evaluation("Changed", "", "", null))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(fields(problem)).containsExactly("version");
    }

    @Test
    void unknownEvaluationAnswers404() throws Exception {
        mvc.perform(get(PATH + "/987654321").with(as("viewer"))).andExpect(status().isNotFound());
        api.put(PATH + "/987654321", "mel", withVersion(evaluation("x", "", "", null), 0)).andExpect(status().isNotFound());
        mvc.perform(delete(PATH + "/987654321").with(as("mel"))).andExpect(status().isNotFound());
    }

    @Test
    void deletingAnEvaluationDeletesItsRecommendationsKeepsItsLessonsAndAuditsEachChange() throws Exception {
        JsonNode e = api.created(PATH, evaluation(unique("To delete"), "\"SO1\"", "", null));
        long id = e.get("id").asLong();
        JsonNode rec = api.created("/api/v1/learning/recommendations",
                LearningApi.recommendation(id, "Do better", null, null, null, null));
        JsonNode lesson = api.created("/api/v1/learning/lessons", LearningApi.lesson(unique("Kept lesson"), "", "", "", id));
        api.put(PATH + "/" + id, "mel", withVersion(evaluation("Renamed", "\"SO1\"", "", null), 0))
                .andExpect(status().isOk());

        mvc.perform(delete(PATH + "/" + id).with(as("programme"))).andExpect(status().isNoContent());

        mvc.perform(get(PATH + "/" + id).with(as("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/learning/recommendations/" + rec.get("id").asLong()).with(as("viewer")))
                .andExpect(status().isNotFound());
        JsonNode kept = api.read("/api/v1/learning/lessons/" + lesson.get("id").asLong());
        assertThat(kept.get("evaluationId").isNull()).isTrue();
        assertThat(kept.get("version").asInt()).isEqualTo(1);
        assertThat(audit("learning_evaluation", id)).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(audit("learning_recommendation", rec.get("id").asLong())).containsExactly("CREATE", "DELETE");
        assertThat(audit("learning_lesson", lesson.get("id").asLong())).containsExactly("CREATE", "UPDATE");
        assertThat(jdbc.sql("select actor from audit_event where entity_type = 'learning_evaluation' and entity_id = :id"
                + " and action = 'DELETE'").param("id", String.valueOf(id)).query(String.class).single())
                .isEqualTo("programme");
    }

    @Test
    void listFiltersByTextNodeWithItsDescendantsAndActivity() throws Exception {
        String word = unique("walrus").replace(' ', '-');
        long aim = api.created(PATH, evaluation(word + " aim", "\"JUS-4\"", "\"DEMO-04\"", null)).get("id").asLong();
        long other = api.created(PATH, evaluation(word + " other", "\"CYB\"", "", null)).get("id").asLong();
        assertThat(LearningApi.ids(api.read(PATH, "q", word))).containsExactlyInAnyOrder(aim, other);
        assertThat(LearningApi.ids(api.read(PATH, "q", word, "node", "JUS"))).containsExactly(aim);
        assertThat(LearningApi.ids(api.read(PATH, "q", word, "node", "JUS-4"))).containsExactly(aim);
        assertThat(LearningApi.ids(api.read(PATH, "q", word, "activity", "DEMO-04"))).containsExactly(aim);
        assertThat(LearningApi.ids(api.read(PATH, "q", word, "activity", "NO-SUCH"))).isEmpty();
        mvc.perform(get(PATH).param("demo", "maybe").with(as("viewer"))).andExpect(status().isBadRequest());
    }

    private long count() {
        return jdbc.sql("select count(*) from learning_evaluation").query(Long.class).single();
    }

    private List<String> audit(String type, long id) {
        return jdbc.sql("select action from audit_event where entity_type = :type and entity_id = :id order by id")
                .param("type", type).param("id", String.valueOf(id)).query(String.class).list();
    }
}
