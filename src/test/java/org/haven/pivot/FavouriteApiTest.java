package org.haven.pivot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The favourites API: create, read, change, delete, with the page's scoping and problem details. */
@HavenDbTest
class FavouriteApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private static final String SELECTION = """
            {"dx": ["STR-02"], "ou": ["KEN"], "pe": ["2025"], "rows": ["ou"], "columns": ["SEX"]}""";

    @Test
    void createReadChangeAndDelete() throws Exception {
        String name = "API " + UUID.randomUUID();
        JsonNode created = body(mvc.perform(as("programme", post("/api/v1/favourites")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"kind\": \"CHART\", \"selection\": " + SELECTION + "}")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        assertThat(created.get("owner").asString()).isEqualTo("programme");
        assertThat(created.get("selection").get("chart").asString()).isEqualTo("BAR");
        assertThat(created.get("href").asString()).startsWith("/pivot?").contains("dx=STR-02");

        mvc.perform(as("programme", get("/api/v1/favourites/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name));
        mvc.perform(as("viewer", get("/api/v1/favourites/" + id))).andExpect(status().isNotFound());

        mvc.perform(as("programme", put("/api/v1/favourites/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + name + " shared\", \"shared\": true, \"version\": 0}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(as("viewer", get("/api/v1/favourites/" + id))).andExpect(status().isOk());
        mvc.perform(as("viewer", put("/api/v1/favourites/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"mine now\", \"version\": 1}"))).andExpect(status().isForbidden());
        mvc.perform(as("programme", put("/api/v1/favourites/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"stale\", \"version\": 0}"))).andExpect(status().isConflict());

        mvc.perform(as("programme", delete("/api/v1/favourites/" + id).param("version", "1")))
                .andExpect(status().isNoContent());
        mvc.perform(as("programme", get("/api/v1/favourites/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void anInvalidSelectionIsAProblemListingItsFields() throws Exception {
        mvc.perform(as("programme", post("/api/v1/favourites").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"selection\": {\"dx\": [\"NOPE\"], \"rows\": [\"ou\"]}}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'selection')]").exists());
    }

    private JsonNode body(String text) {
        return json.readTree(text);
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestDatabase.ADMIN_PASSWORD));
    }
}
