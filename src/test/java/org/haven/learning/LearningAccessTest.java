package org.haven.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.learning.LearningApi.as;
import static org.haven.learning.LearningApi.evaluation;
import static org.haven.learning.LearningApi.lesson;
import static org.haven.learning.LearningApi.recommendation;
import static org.haven.learning.LearningApi.unique;
import static org.haven.learning.LearningApi.withVersion;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ADMIN, MEL_OFFICER and PROGRAMME_OFFICER change learning records; country focal points, partner reporters and
 * viewers read them, and their writes are refused with 403 (problem JSON for the API) with nothing changed.
 */
@HavenDbTest
class LearningAccessTest {

    private static final List<String> READERS = List.of("focal.ken", "partner", "viewer");

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
    void editorsMayCreateInEachRegister() throws Exception {
        for (String user : List.of("admin", "mel", "programme")) {
            long id = LearningApi.JSON.readTree(api.post("/api/v1/learning/evaluations", user,
                    evaluation(unique("By " + user), "", "", null)).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString()).get("id").asLong();
            api.post("/api/v1/learning/recommendations", user, recommendation(id, "Rec", null, null, null, null))
                    .andExpect(status().isCreated());
            api.post("/api/v1/learning/lessons", user, lesson(unique("Lesson"), "", "", "", id))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void readersAreRefusedEveryWriteWith403AndNothingChanges() throws Exception {
        long evaluationId = api.created("/api/v1/learning/evaluations", evaluation(unique("Guarded"), "\"SO1\"", "", null))
                .get("id").asLong();
        long recId = api.created("/api/v1/learning/recommendations",
                recommendation(evaluationId, "Guarded rec", null, null, null, null)).get("id").asLong();
        long lessonId = api.created("/api/v1/learning/lessons", lesson(unique("Guarded lesson"), "", "", "", null))
                .get("id").asLong();
        long events = auditEvents();
        long rows = rows();
        for (String user : READERS) {
            api.post("/api/v1/learning/evaluations", user, evaluation("Nope", "", "", null))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            api.put("/api/v1/learning/evaluations/" + evaluationId, user, withVersion(evaluation("Nope", "", "", null), 0))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/learning/evaluations/" + evaluationId).with(as(user)))
                    .andExpect(status().isForbidden());
            api.post("/api/v1/learning/recommendations", user, recommendation(evaluationId, "Nope", null, null, null, null))
                    .andExpect(status().isForbidden());
            api.put("/api/v1/learning/recommendations/" + recId, user,
                    withVersion(recommendation(evaluationId, "Nope", "REJECTED", null, null, null), 0))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/learning/recommendations/" + recId).with(as(user)))
                    .andExpect(status().isForbidden());
            api.post("/api/v1/learning/lessons", user, lesson("Nope", "", "", "", null)).andExpect(status().isForbidden());
            api.put("/api/v1/learning/lessons/" + lessonId, user, withVersion(lesson("Nope", "", "", "", null), 0))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/learning/lessons/" + lessonId).with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(auditEvents()).isEqualTo(events);
        assertThat(rows()).isEqualTo(rows);
        assertThat(api.read("/api/v1/learning/evaluations/" + evaluationId).get("version").asInt()).isZero();
    }

    @Test
    void readersReadEveryListAndPageButGetNoEditLinks() throws Exception {
        long evaluationId = api.created("/api/v1/learning/evaluations", evaluation(unique("Readable"), "", "", null))
                .get("id").asLong();
        for (String user : READERS) {
            for (String path : List.of("/api/v1/learning/evaluations", "/api/v1/learning/recommendations",
                    "/api/v1/learning/lessons", "/learning", "/learning/evaluations", "/learning/recommendations",
                    "/learning/lessons", "/learning/nodes/SO1", "/learning/evaluations/" + evaluationId)) {
                mvc.perform(get(path).with(as(user))).andExpect(status().isOk());
            }
            String page = mvc.perform(get("/learning/evaluations/" + evaluationId).with(as(user))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).doesNotContain("id=\"edit-evaluation\"").doesNotContain("id=\"add-recommendation\"");
        }
    }

    @Test
    void readersAreRefusedTheFormsAndFormPosts() throws Exception {
        long evaluationId = api.created("/api/v1/learning/evaluations", evaluation(unique("Form guarded"), "", "", null))
                .get("id").asLong();
        long rows = rows();
        for (String user : READERS) {
            mvc.perform(get("/learning/evaluations/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/learning/lessons/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/learning/evaluations/" + evaluationId + "/recommendations/new").with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/learning/evaluations").with(as(user)).with(csrf()).param("title", "Nope")
                    .param("evaluator", "Nope")).andExpect(status().isForbidden());
            mvc.perform(post("/learning/evaluations/" + evaluationId + "/delete").with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(rows()).isEqualTo(rows);
    }

    private long auditEvents() {
        return jdbc.sql("select count(*) from audit_event where entity_type like 'learning_%'").query(Long.class).single();
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from learning_evaluation) + (select count(*) from learning_lesson)"
                + " + (select count(*) from learning_recommendation)").query(Long.class).single();
    }
}
