package org.haven.learning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.haven.testsupport.TestDatabase;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the learning API for tests: JSON bodies, users, reading answers. */
final class LearningApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    LearningApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String evaluation(String title, String nodes, String activities, String url) {
        return """
                {"title": "%s", "scope": "Test scope", "evaluator": "Test evaluators", "startDate": "2025-01-01",
                 "endDate": "2025-03-31", "reportUrl": %s, "nodeCodes": [%s], "activityCodes": [%s]}
                """.formatted(title, url == null ? "null" : "\"" + url + "\"", nodes, activities);
    }

    static String recommendation(long evaluationId, String text, String response, String owner, String due,
            String status) {
        return """
                {"evaluationId": %d, "text": "%s", "managementResponse": %s, "owner": %s, "dueDate": %s,
                 "followUpStatus": %s}
                """.formatted(evaluationId, text, quoted(response), quoted(owner), quoted(due), quoted(status));
    }

    static String lesson(String title, String nodes, String contexts, String activities, Long evaluationId) {
        return """
                {"title": "%s", "text": "What we learnt", "evaluationId": %s, "nodeCodes": [%s],
                 "contextCodes": [%s], "activityCodes": [%s]}
                """.formatted(title, evaluationId == null ? "null" : evaluationId.toString(), nodes, contexts, activities);
    }

    static String withVersion(String body, int version) {
        return body.trim().replaceFirst("}$", ", \"version\": " + version + "}");
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    ResultActions post(String path, String user, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions put(String path, String user, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode created(String path, String body) throws Exception {
        return JSON.readTree(post(path, "mel", body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    JsonNode read(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(as("viewer"));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The failing field names of a 400 problem answer. */
    static List<String> fields(String problemJson) {
        List<String> fields = new ArrayList<>();
        JSON.readTree(problemJson).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static List<String> messages(String problemJson) {
        List<String> messages = new ArrayList<>();
        JSON.readTree(problemJson).get("errors").forEach(e -> messages.add(e.get("message").asString()));
        return messages;
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
