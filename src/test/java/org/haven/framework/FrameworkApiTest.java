package org.haven.framework;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

@HavenDbTest
class FrameworkApiTest {

    @Autowired
    MockMvc mvc;

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestDatabase.ADMIN_PASSWORD));
    }

    static String draft(String code, String parent, String title) {
        return """
                {"kind":"IMPLEMENTER","code":"%s","parentCode":%s,"title":"%s","note":"api test"}"""
                .formatted(code, parent == null ? "null" : "\"" + parent + "\"", title);
    }

    void create(String code, String title) throws Exception {
        mvc.perform(as("mel", post("/api/v1/framework/nodes")).contentType(MediaType.APPLICATION_JSON)
                        .content(draft(code, "UNODC", title)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/framework/nodes/" + code))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void theTreeHasTheStrategicObjectivesAndTheTaServicesNestedUnderTheTaPillar() throws Exception {
        mvc.perform(as("viewer", get("/api/v1/framework")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").isString())
                .andExpect(jsonPath("$.nodes[?(@.kind == 'STRATEGIC_OBJECTIVE')].code", hasItems("SO1", "SO2", "SO3")))
                .andExpect(jsonPath("$.nodes[?(@.code == 'TA')].children[*].code",
                        hasItems("TA-A", "TA-B", "TA-C", "TA-D")))
                .andExpect(jsonPath("$.nodes[?(@.code == 'TA-A')]").isEmpty());
    }

    @Test
    void beforeThePublicationTheFrameworkIsEmpty() throws Exception {
        mvc.perform(as("viewer", get("/api/v1/framework").param("asOf", "2023-10-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2023-10-01"))
                .andExpect(jsonPath("$.nodes", empty()));
        mvc.perform(as("viewer", get("/api/v1/framework").param("asOf", "2023-11-01")))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'STRATEGIC_OBJECTIVE')].code", hasItems("SO1", "SO2", "SO3")));
    }

    @Test
    void aBadAsOfDateIsA400NamingTheParameter() throws Exception {
        mvc.perform(as("viewer", get("/api/v1/framework").param("asOf", "1 Nov")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void oneNodeAnd404ForAnUnknownCode() throws Exception {
        mvc.perform(as("viewer", get("/api/v1/framework/nodes/TA")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PILLAR"))
                .andExpect(jsonPath("$.children", hasItems("TA-A", "TA-D")));
        mvc.perform(as("viewer", get("/api/v1/framework/nodes/NO-SUCH")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void createThenUpdateIncludingRetiredAndSortOrder() throws Exception {
        String code = code();
        create(code, "Created by API");
        mvc.perform(as("admin", put("/api/v1/framework/nodes/" + code)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Renamed by API","shortTitle":"Short","sortOrder":99,"retired":true,"version":0,"note":"api"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Renamed by API"))
                .andExpect(jsonPath("$.sortOrder").value(99))
                .andExpect(jsonPath("$.retired").value(true))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as("viewer", get("/api/v1/framework")))
                .andExpect(jsonPath("$.nodes[?(@.code == 'UNODC')].children[*].code").value(org.hamcrest.Matchers.not(hasItem(code))));
        mvc.perform(as("viewer", get("/api/v1/framework").param("includeRetired", "true")))
                .andExpect(jsonPath("$.nodes[?(@.code == 'UNODC')].children[*].code", hasItem(code)));
    }

    @Test
    void aStaleVersionIs409() throws Exception {
        String code = code();
        create(code, "Versioned");
        String change = """
                {"title":"%s","version":0}""";
        mvc.perform(as("mel", put("/api/v1/framework/nodes/" + code)).contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("First")))
                .andExpect(status().isOk());
        mvc.perform(as("mel", put("/api/v1/framework/nodes/" + code)).contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("Second")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(as("viewer", get("/api/v1/framework/nodes/" + code))).andExpect(jsonPath("$.title").value("First"));
    }

    @Test
    void anUnknownParentIs400NamingParentCode() throws Exception {
        String code = code();
        mvc.perform(as("mel", post("/api/v1/framework/nodes")).contentType(MediaType.APPLICATION_JSON)
                        .content(draft(code, "NO-SUCH-PARENT", "Orphan")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("parentCode")));
        mvc.perform(as("viewer", get("/api/v1/framework/nodes/" + code))).andExpect(status().isNotFound());
    }

    @Test
    void missingFieldsAre400WithEachFieldNamed() throws Exception {
        mvc.perform(as("mel", put("/api/v1/framework/nodes/SO1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "version")));
    }

    @Test
    void viewersGet403() throws Exception {
        mvc.perform(as("viewer", post("/api/v1/framework/nodes")).contentType(MediaType.APPLICATION_JSON)
                        .content(draft(code(), "UNODC", "Not allowed")))
                .andExpect(status().isForbidden());
        mvc.perform(as("programme", put("/api/v1/framework/nodes/SO1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/framework'].get.summary").value("The whole framework as a tree"))
                .andExpect(jsonPath("$.paths['/api/v1/framework/nodes/{code}'].put").exists());
    }
}
