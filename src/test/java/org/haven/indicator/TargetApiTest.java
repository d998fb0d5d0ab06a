package org.haven.indicator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

@HavenDbTest
class TargetApiTest {

    static final String BASE = "/api/v1/indicators/SDG-16.2.1/targets";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String unit;

    @BeforeEach
    void freshUnit() {
        unit = TargetTestUnits.underKenya(jdbc);
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestDatabase.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    long create(String body) throws Exception {
        String json = mvc.perform(as("mel", post(BASE)).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void createListChangeAndDeleteATarget() throws Exception {
        mvc.perform(as("mel", post(BASE)).content("""
                        {"kind": "BASELINE", "orgUnit": "%s", "year": 2020, "value": 61.5, "source": "Test MICS 2020"}"""
                        .formatted(unit)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(BASE + "/")))
                .andExpect(jsonPath("$.kind").value("BASELINE"))
                .andExpect(jsonPath("$.combo").value(""))
                .andExpect(jsonPath("$.value").value(61.5))
                .andExpect(jsonPath("$.createdBy").value("mel"));
        long id = create("""
                {"kind": "TARGET", "orgUnit": "%s", "year": 2030, "categories": {"SEX": "F"}, "value": 40}""".formatted(unit));
        mvc.perform(as("viewer", get(BASE + "?orgUnit=" + unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("BASELINE"))
                .andExpect(jsonPath("$[1].year").value(2030))
                .andExpect(jsonPath("$[1].combo").value("SEX:F"))
                .andExpect(jsonPath("$[1].categories.SEX").value("F"));
        mvc.perform(as("mel", put(BASE + "/" + id)).content("""
                        {"orgUnit": "%s", "year": 2030, "combo": "SEX:F", "value": 35, "version": 0}""".formatted(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(35))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as("mel", put(BASE + "/" + id)).content("""
                        {"orgUnit": "%s", "year": 2030, "combo": "SEX:F", "value": 30, "version": 0}""".formatted(unit)))
                .andExpect(status().isConflict());
        mvc.perform(as("mel", delete(BASE + "/" + id + "?version=0"))).andExpect(status().isConflict());
        mvc.perform(as("mel", delete(BASE + "/" + id + "?version=1"))).andExpect(status().isNoContent());
        mvc.perform(as("viewer", get(BASE + "?orgUnit=" + unit))).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void invalidFieldsAreListedAndNothingIsStored() throws Exception {
        mvc.perform(as("mel", post(BASE)).content("""
                        {"kind": "TARGET", "orgUnit": "NOWHERE", "year": 2031, "value": 120}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("orgUnit")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("year")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("value")))
                .andExpect(jsonPath("$.errors[?(@.field == 'orgUnit')].message").value(hasItem("unknown org unit NOWHERE")));
        create("""
                {"kind": "TARGET", "orgUnit": "%s", "year": 2028, "value": 45}""".formatted(unit));
        mvc.perform(as("mel", post(BASE)).content("""
                        {"kind": "TARGET", "orgUnit": "%s", "year": 2028, "value": 44}""".formatted(unit)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("already exists")));
        mvc.perform(as("viewer", get(BASE + "?orgUnit=" + unit))).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void rolesAndUnknownIndicators() throws Exception {
        String body = """
                {"kind": "TARGET", "orgUnit": "BRA", "year": 2027, "value": 40}""";
        mvc.perform(as("viewer", post(BASE)).content(body)).andExpect(status().isForbidden());
        mvc.perform(as("focal.ken", post(BASE)).content(body)).andExpect(status().isForbidden());
        mvc.perform(as("focal.ken", post(BASE)).content(body.replace("BRA", unit))).andExpect(status().isCreated());
        mvc.perform(as("viewer", get("/api/v1/indicators/NO-SUCH/targets"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE)).andExpect(status().isUnauthorized());
    }

    @Test
    void demoTargetsAreListedForKenya() throws Exception {
        mvc.perform(as("viewer", get(BASE + "?orgUnit=KEN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'BASELINE')].source").value(hasItem("Demo baseline (illustrative)")))
                .andExpect(jsonPath("$[?(@.kind == 'TARGET')].year").value(hasItem(2030)));
    }
}
