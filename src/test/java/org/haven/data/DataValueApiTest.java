package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HavenDbTest
class DataValueApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final String year = String.valueOf(ThreadLocalRandom.current().nextInt(2031, 2100));
    private final String partner = TestData.unique("API");

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    private String item(String orgUnit, String sex, String value) {
        return """
                {"dataElement": "JJ_ARRESTED", "orgUnit": "%s", "period": "%s", "categories": {"SEX": "%s"},
                 "value": %s, "comment": "api test", "partner": "%s", "followUp": false}"""
                .formatted(orgUnit, year, sex, value, partner);
    }

    private JsonNode postValues(String user, String body, int status) throws Exception {
        String response = mvc.perform(post("/api/v1/datavalues").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        return JSON.readTree(response);
    }

    @Test
    void postStoresAllAndGetReturnsThemAsJsonAndCsv() throws Exception {
        JsonNode summary = postValues("programme", "[" + item("KEN", "F", "12") + "," + item("KEN", "M", "\"15\"") + "]", 200);
        assertThat(summary.get("created").asInt()).isEqualTo(2);

        String json = mvc.perform(get("/api/v1/datavalues").param("dataElement", "JJ_ARRESTED").param("orgUnit", "KEN")
                        .param("period", year).with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> mine = JSON.readTree(json).valueStream().filter(n -> partner.equals(n.get("partner").asString())).toList();
        assertThat(mine).hasSize(2);
        assertThat(mine).anySatisfy(n -> {
            assertThat(n.get("categories").get("SEX").asString()).isEqualTo("F");
            assertThat(n.get("value").decimalValue()).isEqualByComparingTo("12");
            assertThat(n.get("storedBy").asString()).isEqualTo("programme");
            assertThat(n.get("source").asString()).isEqualTo("API");
        });

        String csv = mvc.perform(get("/api/v1/datavalues").param("dataElement", "JJ_ARRESTED").param("orgUnit", "KEN")
                        .param("period", year).accept("text/csv").with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("data_element,org_unit,period,categories,partner,value,comment");
        assertThat(csv).contains("JJ_ARRESTED,KEN," + year + ",SEX:F," + partner + ",12,api test");
        String csv2 = mvc.perform(get("/api/v1/datavalues").param("format", "csv").param("dataElement", "JJ_ARRESTED")
                        .param("orgUnit", "KEN").param("period", year).with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv2).contains("SEX:M," + partner + ",15,");
    }

    @Test
    void badItemsAnswer400WithIndexAndFieldAndNothingIsStored() throws Exception {
        String body = "[" + item("KEN", "F", "1") + "," + item("XXX", "F", "1") + "," + item("KEN", "Q", "\"abc\"") + "]";
        JsonNode problem = postValues("admin", body, 400);
        List<String> fields = problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("items[1].orgUnit", "items[2].value", "items[2].categories.SEX");
        assertThat(fields).noneMatch(f -> f.startsWith("items[0]"));
        assertThat(jdbc.sql("select count(*) from data_value where partner_code = :p").param("p", partner)
                .query(Long.class).single()).isZero();
    }

    @Test
    void outOfScopeAnswers403AndNothingIsStored() throws Exception {
        postValues("focal.ken", "[" + item("KEN", "F", "1") + "," + item("BRA", "F", "1") + "]", 403);
        postValues("viewer", "[" + item("KEN", "F", "1") + "]", 403);
        assertThat(jdbc.sql("select count(*) from data_value where partner_code = :p").param("p", partner)
                .query(Long.class).single()).isZero();
        assertThat(postValues("focal.ken", "[" + item("KEN", "F", "1") + "]", 200).get("created").asInt()).isEqualTo(1);
    }

    @Test
    void historyListsEveryChangeNewestFirst() throws Exception {
        postValues("mel", "[" + item("BRA", "F", "3") + "]", 200);
        postValues("mel", "[" + item("BRA", "F", "4") + "]", 200);
        postValues("mel", "[" + item("BRA", "F", "null") + "]", 200);
        String json = mvc.perform(get("/api/v1/datavalues/history").param("dataElement", "JJ_ARRESTED")
                        .param("orgUnit", "BRA").param("period", year).param("categories", "SEX:F")
                        .param("partner", partner).with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(json).valueStream().map(n -> n.get("action").asString()).toList())
                .containsExactly("DELETE", "UPDATE", "CREATE");
    }

    @Test
    void dataSetsAndApprovalEndpoints() throws Exception {
        String sets = mvc.perform(get("/api/v1/datasets").with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(sets).valueStream().map(n -> n.get("code").asString()).toList())
                .contains("JJ_YEARLY", "AWARENESS_QUARTERLY", "SDG_16_2_SURVEY");

        String element = TestData.element(jdbc, "INTEGER");
        String dataSet = TestData.dataSet(jdbc, PeriodType.YEARLY, 0, element);
        String base = "/api/v1/approvals/" + dataSet + "/KEN/" + year;
        mvc.perform(post(base + "/approve").with(as("programme"))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/submit").with(as("focal.ken"))).andExpect(status().isOk());
        String approved = mvc.perform(post(base + "/approve").with(as("mel"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(approved).get("state").asString()).isEqualTo("APPROVED");
        String body = """
                [{"dataElement": "%s", "orgUnit": "KEN", "period": "%s", "value": 1}]""".formatted(element, year);
        JsonNode refused = postValues("mel", body, 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("items[0].period");
        mvc.perform(post(base + "/unlock").with(as("mel")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base + "/unlock").with(as("mel")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"late correction\"}")).andExpect(status().isOk());
        postValues("mel", body, 200);
        mvc.perform(post("/api/v1/approvals/NO_SUCH_SET/KEN/" + year + "/submit").with(as("mel")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesListValuesWithHistoryAndApprovals() throws Exception {
        postValues("admin", "[" + item("KEN", "F", "21") + "]", 200);
        String page = mvc.perform(get("/data/values").param("dataElement", "JJ_ARRESTED").param("orgUnit", "KEN")
                        .param("period", year).with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(partner).contains("<details>").contains("21");
        mvc.perform(get("/data/values").param("period", "2025Q9").with(as("viewer")))
                .andExpect(status().isOk());
        String approvals = mvc.perform(get("/data/approvals").param("dataSet", "JJ_YEARLY").param("orgUnit", "KEN")
                        .param("period", year).with(as("mel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(approvals).contains("JJ_YEARLY").contains("/data/approvals/JJ_YEARLY/KEN/" + year + "/approve");
        mvc.perform(post("/data/approvals/JJ_YEARLY/KEN/" + year + "/unlock").with(as("mel")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
