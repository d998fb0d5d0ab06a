package org.haven.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.learning.LearningApi.as;
import static org.haven.learning.LearningApi.evaluation;
import static org.haven.learning.LearningApi.fields;
import static org.haven.learning.LearningApi.lesson;
import static org.haven.learning.LearningApi.messages;
import static org.haven.learning.LearningApi.unique;
import static org.haven.learning.LearningApi.withVersion;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Lessons through the API (links, priority-context tags, validation, 409) and the learning page of a framework node,
 * which includes the lessons and evaluations of the node's descendants; the framework node page links to it.
 */
@HavenDbTest
class LessonAndNodePageTest {

    private static final String PATH = "/api/v1/learning/lessons";

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
    void lessonIsRecordedWithItsLinksAndContextTags() throws Exception {
        String title = unique("Recorded lesson");
        JsonNode created = api.created(PATH, lesson(title, "\"TA-C\", \"JUS-5\"", "\"JUS\"", "\"DEMO-05\"", null));
        JsonNode read = api.read(PATH + "/" + created.get("id").asLong());
        assertThat(read.get("title").asString()).isEqualTo(title);
        assertThat(read.get("text").asString()).isEqualTo("What we learnt");
        assertThat(read.get("nodeCodes").toString()).isEqualTo("[\"JUS-5\",\"TA-C\"]");
        assertThat(read.get("contextCodes").toString()).isEqualTo("[\"JUS\"]");
        assertThat(read.get("activityCodes").toString()).isEqualTo("[\"DEMO-05\"]");
        assertThat(read.get("evaluationId").isNull()).isTrue();
    }

    @Test
    void invalidLessonAnswers400NamingEachFieldAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from learning_lesson").query(Long.class).single();
        String body = """
                {"title": "", "text": " ", "evaluationId": 987654321, "nodeCodes": ["VISION"],
                 "contextCodes": ["SO1", "ZZZ"], "activityCodes": ["NOPE-1"]}
                """;
        String problem = api.post(PATH, "mel", body).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(fields(problem)).containsExactlyInAnyOrder("title", "text", "evaluationId", "nodeCodes",
                "contextCodes", "contextCodes", "activityCodes");
        assertThat(messages(problem)).contains("title is required", "text is required",
                "there is no evaluation 987654321", "framework node VISION is a vision and cannot be linked",
                "framework node SO1 is a strategic objective and not a priority context",
                "unknown framework node ZZZ", "unknown activity NOPE-1");
        assertThat(jdbc.sql("select count(*) from learning_lesson").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void staleLessonVersionAnswers409() throws Exception {
        JsonNode created = api.created(PATH, lesson(unique("Versioned"), "\"SO1\"", "", "", null));
        String path = PATH + "/" + created.get("id").asLong();
        api.put(path, "programme", withVersion(lesson("Changed once", "\"SO1\"", "", "", null), 0))
                .andExpect(status().isOk());
        api.put(path, "programme", withVersion(lesson("Changed again", "\"SO1\"", "", "", null), 0))
                .andExpect(status().isConflict());
        assertThat(api.read(path).get("title").asString()).isEqualTo("Changed once");
    }

    @Test
    void nodeFilterAndNodePageIncludeDescendantsAndContextTagsAndSaySo() throws Exception {
        String word = unique("narwhal").replace(' ', '-');
        long onAim = api.created(PATH, lesson(word + " on an aim", "\"JUS-4\"", "", "\"DEMO-04\"", null)).get("id").asLong();
        long tagged = api.created(PATH, lesson(word + " tagged", "\"SO3\"", "\"JUS\"", "", null)).get("id").asLong();
        long elsewhere = api.created(PATH, lesson(word + " elsewhere", "\"CYB-1\"", "\"CYB\"", "", null)).get("id").asLong();
        long evaluation = api.created("/api/v1/learning/evaluations", evaluation(word + " evaluation", "\"JUS-2\"", "", null))
                .get("id").asLong();

        assertThat(LearningApi.ids(api.read(PATH, "q", word, "node", "JUS"))).containsExactlyInAnyOrder(onAim, tagged);
        assertThat(LearningApi.ids(api.read(PATH, "q", word, "node", "JUS-4"))).containsExactly(onAim);
        assertThat(LearningApi.ids(api.read(PATH, "q", word, "activity", "demo-04"))).containsExactly(onAim);

        String page = html("/learning/nodes/JUS");
        assertThat(page).contains(word + " on an aim", word + " tagged", word + " evaluation")
                .doesNotContain(word + " elsewhere")
                .contains("This page includes the lessons and evaluations of the node itself and of the 5 nodes below it")
                .contains("href=\"/learning/nodes/JUS-4\"");
        assertThat(page).containsPattern(word + " on an aim</a>[\\s\\S]*?<td[^>]*class=\"code\"[^>]*>JUS-4</td>");
        String aimPage = html("/learning/nodes/JUS-4");
        assertThat(aimPage).contains(word + " on an aim").doesNotContain(word + " tagged")
                .doesNotContain(word + " evaluation").contains("This node has no nodes below it");
        assertThat(html("/learning/nodes/CYB")).contains(word + " elsewhere").doesNotContain(word + " on an aim");
        assertThat(evaluation).isPositive();
    }

    @Test
    void frameworkNodePageLinksToTheNodesLearningPageWithItsCounts() throws Exception {
        api.created(PATH, lesson(unique("Counted"), "\"TA-D\"", "", "", null));
        String page = html("/framework/nodes/TA");
        assertThat(page).contains("<h2>Learning</h2>").contains("href=\"/learning/nodes/TA\"")
                .contains("Learning page of TA").containsPattern("[1-9]\\d* lessons · \\d+ evaluations, including the nodes below it");
    }

    @Test
    void unknownNodeAnswers404() throws Exception {
        mvc.perform(get("/learning/nodes/NO-SUCH-NODE").with(as("viewer"))).andExpect(status().isNotFound());
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).with(as("viewer"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
