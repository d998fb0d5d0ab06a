package org.haven.comms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.data.IndicatorValues;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The communication register: API, derived reach (COMMS_REACHED, indicator COMM-01) on create, edit and delete,
 * bad input, scoping, the calendar and the demo products. Each test uses its own org unit and year.
 */
@HavenDbTest
class CommsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorValues indicatorValues;

    @Autowired
    ProductDemoOwner demo;

    @Autowired
    PlatformTransactionManager transactions;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    static String product(String title, String date, String status, String orgUnit, String activity, String reach) {
        return """
                {"title": "%s", "kind": "REPORT", "channel": "WEBSITE", "language": "en", "date": "%s", "status": "%s",
                 "orgUnit": "%s", "activity": %s, "summary": "A test product.", "link": "https://example.org/report",
                 "nodes": ["SO1", "OO1", "CYB"], "audiences": ["MEMBER_STATES", "CHILDREN"], "reach": [%s]}
                """.formatted(title, date, status, orgUnit, activity == null ? "null" : "\"" + activity + "\"", reach);
    }

    private JsonNode create(String user, String body) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/communications").with(as(user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private MvcResult send(String user, String body, int status) throws Exception {
        return mvc.perform(post("/api/v1/communications").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().is(status)).andReturn();
    }

    private Map<String, Integer> stored(String orgUnit) {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.sql("""
                select period, combo, numeric_value from data_value
                where data_element_code = 'COMMS_REACHED' and org_unit_code = :ou order by period, combo""")
                .param("ou", orgUnit)
                .query((rs, n) -> out.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3).intValueExact()))
                .list();
        return out;
    }

    private long count() {
        return jdbc.sql("select count(*) from comms_product").query(Long.class).single();
    }

    @Test
    void reachByAudienceAndSexIsDerivedOnCreateEditAndDelete() throws Exception {
        JsonNode first = create("mel", product("Report A", "2014-02-10", "DELIVERED", "NZL", null,
                "{\"audience\": \"MEMBER_STATES\", \"sex\": \"U\", \"people\": 120}, {\"audience\": \"CHILDREN\", \"sex\": \"F\", \"people\": 30},"
                        + " {\"audience\": \"CHILDREN\", \"sex\": \"M\", \"people\": 25}"));
        assertThat(first.get("totalReach").asInt()).isEqualTo(175);
        create("mel", product("Report B", "2014-03-01", "DELIVERED", "NZL", null,
                "{\"audience\": \"CHILDREN\", \"sex\": \"F\", \"people\": 5}"));
        create("mel", product("Report C, planned", "2014-03-20", "PLANNED", "NZL", null, ""));
        assertThat(stored("NZL")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2014Q1|AUDIENCE:CHILDREN;SEX:F", 35,
                "2014Q1|AUDIENCE:CHILDREN;SEX:M", 25,
                "2014Q1|AUDIENCE:MEMBER_STATES;SEX:U", 120));
        assertThat(indicatorValues.compute("COMM-01", Set.of("NZL"), "2014").value().getAsDouble()).isEqualTo(180.0);

        // edit: report A moves to the second quarter and reaches 10 more boys
        mvc.perform(put("/api/v1/communications/" + first.get("id").asLong()).with(as("mel"))
                .contentType(MediaType.APPLICATION_JSON).content(withVersion(product("Report A", "2014-05-10", "DELIVERED", "NZL", null,
                        "{\"audience\": \"MEMBER_STATES\", \"sex\": \"U\", \"people\": 120}, {\"audience\": \"CHILDREN\", \"sex\": \"F\", \"people\": 30},"
                                + " {\"audience\": \"CHILDREN\", \"sex\": \"M\", \"people\": 35}"), 0)))
                .andExpect(status().isOk());
        assertThat(stored("NZL")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2014Q1|AUDIENCE:CHILDREN;SEX:F", 5,
                "2014Q2|AUDIENCE:CHILDREN;SEX:F", 30,
                "2014Q2|AUDIENCE:CHILDREN;SEX:M", 35,
                "2014Q2|AUDIENCE:MEMBER_STATES;SEX:U", 120));

        mvc.perform(delete("/api/v1/communications/" + first.get("id").asLong()).with(as("mel"))).andExpect(status().isNoContent());
        assertThat(stored("NZL")).containsExactlyEntriesOf(Map.of("2014Q1|AUDIENCE:CHILDREN;SEX:F", 5));
        JsonNode reach = JSON.readTree(mvc.perform(get("/api/v1/communications/reach").param("orgUnit", "NZL").with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(reach.get("years").get(0).get("year").asInt()).isEqualTo(2014);
        assertThat(reach.get("years").get(0).get("total").asInt()).isEqualTo(5);
    }

    @Test
    void badInputAnswers400NamingEachFieldAndStoresNothing() throws Exception {
        long before = count();
        List<String> empty = fields(send("mel", "{}", 400));
        assertThat(empty).contains("title", "kind", "channel", "status", "language", "date", "orgUnit", "audiences");
        List<String> bad = fields(send("mel", """
                {"title": "x", "kind": "NOVEL", "channel": "PIGEON", "language": "xx", "date": "2015-02-30",
                 "status": "PLANNED", "orgUnit": "ATLANTIS", "activity": "NO-SUCH", "link": "ftp://example.org",
                 "nodes": ["NOPE", "UNODC"], "audiences": ["ALIENS", "CHILDREN"],
                 "reach": [{"audience": "FAMILIES", "sex": "F", "people": 3}, {"audience": "CHILDREN", "sex": "Q", "people": -1}]}
                """, 400));
        assertThat(bad).contains("kind", "channel", "language", "date", "orgUnit", "activity", "link", "nodes", "audiences",
                "reach[0].audience", "reach[1].sex", "reach[1].people");
        List<String> plannedReach = fields(send("mel", product("Planned with reach", "2015-02-01", "PLANNED", "NZL", null,
                "{\"audience\": \"CHILDREN\", \"sex\": \"F\", \"people\": 3}"), 400));
        assertThat(plannedReach).containsExactly("reach");
        List<String> futureDelivered = fields(send("mel", product("Future", "2090-01-01", "DELIVERED", "NZL", null, ""), 400));
        assertThat(futureDelivered).containsExactly("date");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void focalPointAndPartnerWriteOnlyInTheirScopeAndViewerReads() throws Exception {
        long before = count();
        create("focal.ken", product("Kenyan brief", "2016-01-10", "PLANNED", "KEN", null, ""));
        send("focal.ken", product("Ugandan brief", "2016-01-10", "PLANNED", "UGA", null, ""), 403);
        send("focal.ken", product("Global brief", "2016-01-10", "PLANNED", "001", null, ""), 403);
        // DEMO-01 names the partner DEMO-NGO; DEMO-05 does not
        JsonNode partners = create("partner", product("Partner report", "2016-01-11", "PLANNED", "KEN", "DEMO-01", ""));
        send("partner", product("Not their activity", "2016-01-11", "PLANNED", "KEN", "DEMO-05", ""), 403);
        send("partner", product("No activity", "2016-01-11", "PLANNED", "KEN", null, ""), 403);
        send("viewer", product("Viewer", "2016-01-11", "PLANNED", "KEN", null, ""), 403);
        assertThat(count()).isEqualTo(before + 2);

        JsonNode others = create("mel", product("MEL report", "2016-01-12", "PLANNED", "UGA", null, ""));
        mvc.perform(get("/api/v1/communications/" + others.get("id").asLong()).with(as("partner"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/communications/" + others.get("id").asLong()).with(as("viewer"))).andExpect(status().isOk());
        JsonNode partnerList = JSON.readTree(mvc.perform(get("/api/v1/communications").param("month", "2016-01").with(as("partner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Long> ids = new ArrayList<>();
        partnerList.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).containsExactly(partners.get("id").asLong());
        mvc.perform(put("/api/v1/communications/" + others.get("id").asLong()).with(as("focal.ken"))
                .contentType(MediaType.APPLICATION_JSON).content(withVersion(product("MEL report", "2016-01-12", "PLANNED", "KEN", null, ""), 0)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/communications/" + others.get("id").asLong()).with(as("partner"))).andExpect(status().isForbidden());
    }

    @Test
    void calendarListsTheMonthsProductsByDateAndStaleVersionsAnswer409() throws Exception {
        JsonNode late = create("mel", product("Late in the month", "2017-06-28", "PLANNED", "GHA", null, ""));
        create("mel", product("Early in the month", "2017-06-02", "PLANNED", "GHA", null, ""));
        create("mel", product("Next month", "2017-07-01", "PLANNED", "GHA", null, ""));
        JsonNode june = JSON.readTree(mvc.perform(get("/api/v1/communications/calendar").param("month", "2017-06").with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> titles = new ArrayList<>();
        june.forEach(p -> titles.add(p.get("title").asString()));
        assertThat(titles).containsSubsequence("Early in the month", "Late in the month").doesNotContain("Next month");
        mvc.perform(get("/api/v1/communications/calendar").param("month", "June").with(as("viewer"))).andExpect(status().isBadRequest());

        String body = withVersion(product("Late, renamed", "2017-06-28", "PLANNED", "GHA", null, ""), 0);
        long id = late.get("id").asLong();
        mvc.perform(put("/api/v1/communications/" + id).with(as("mel")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/communications/" + id).with(as("mel")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/communications/999999999").with(as("mel"))).andExpect(status().isNotFound());
    }

    @Test
    void demoProductsAreLabelledLinkedToDemoActivitiesAndRemovable() {
        assertThat(demo.count()).isEqualTo(11);
        assertThat(jdbc.sql("""
                select count(*) from comms_product p join activity a on a.id = p.activity_id
                where p.demo = true and a.demo = true and a.code like 'DEMO-%' and p.title like '[DEMO]%'""")
                .query(Long.class).single()).isEqualTo(11);
        assertThat(stored("PHL")).containsEntry("2024Q3|AUDIENCE:YOUNG_PEOPLE;SEX:F", 12000);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(demo.remove()).isEqualTo(11);
            assertThat(demo.count()).isZero();
            assertThat(stored("PHL")).isEmpty();
            tx.setRollbackOnly();
        });
        assertThat(demo.count()).isEqualTo(11);
    }

    private static List<String> fields(MvcResult r) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(r.getResponse().getContentAsString()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static String withVersion(String body, int version) {
        return body.trim().replaceAll("}$", ", \"version\": " + version + "}");
    }
}
