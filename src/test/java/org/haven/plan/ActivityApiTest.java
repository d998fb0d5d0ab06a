package org.haven.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HavenDbTest
class ActivityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String body(String code, String title, String nodes, String areas, String partners) {
        return """
                {"code": "%s", "title": "%s", "description": "API test activity", "leadImplementer": "UNODC",
                 "partners": [%s], "nodeCodes": [%s], "areaCodes": [%s], "startDate": "2025-01-01",
                 "endDate": "2025-12-31", "status": "PLANNED", "budgetAmount": 1000.50, "budgetCurrency": "USD",
                 "genderMarker": 2, "childParticipation": "CONSULTATIVE", "childParticipationNote": "focus groups"}
                """.formatted(code, title, partners == null ? "" : partners, nodes, areas);
    }

    private JsonNode create(String code, String title, String nodes, String areas, String partners) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/activities").with(as("programme"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(code, title, nodes, areas, partners)))
                .andExpect(status().isCreated()).andReturn();
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    private JsonNode getJson(MockHttpServletRequestBuilder request) throws Exception {
        return JSON.readTree(mvc.perform(request.with(as("viewer"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(i -> codes.add(i.get("code").asString()));
        return codes;
    }

    @Test
    void createAnswers201WithLocationAndTheActivityCanBeRead() throws Exception {
        String code = unique("API");
        MvcResult r = mvc.perform(post("/api/v1/activities").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, "Created via API", "\"SO1\", \"AWR\"", "\"KEN\"", "\"DEMO-NGO\"")))
                .andExpect(status().isCreated()).andReturn();
        String location = r.getResponse().getHeader("Location");
        assertThat(location).matches("/api/v1/activities/\\d+");
        JsonNode read = getJson(get(location));
        assertThat(read.get("code").asString()).isEqualTo(code);
        assertThat(read.get("leadImplementer").asString()).isEqualTo("UNODC");
        assertThat(read.get("nodeCodes").toString()).isEqualTo("[\"AWR\",\"SO1\"]");
        assertThat(read.get("areaCodes").toString()).isEqualTo("[\"KEN\"]");
        assertThat(read.get("budgetCurrency").asString()).isEqualTo("USD");
        assertThat(read.get("childParticipation").asString()).isEqualTo("CONSULTATIVE");
        assertThat(read.get("version").asInt()).isZero();
        assertThat(read.get("demo").asBoolean()).isFalse();
        assertThat(read.get("partners").toString()).isEqualTo("[\"DEMO-NGO\"]");
    }

    @Test
    void unknownPartnerCodeIs400NamingTheFieldAndNothingIsWritten() throws Exception {
        String code = unique("UNKP");
        MvcResult r = mvc.perform(post("/api/v1/activities").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, "Unknown partner", "\"SO1\"", "\"KEN\"", "\"DEMO-NGO\", \"NO-SUCH-PARTNER\"")))
                .andExpect(status().isBadRequest()).andReturn();
        JsonNode errors = JSON.readTree(r.getResponse().getContentAsString()).get("errors");
        assertThat(errors.toString()).contains("\"field\":\"partners\"").contains("unknown partner code NO-SUCH-PARTNER");
        assertThat(jdbc.sql("select count(*) from activity where code = :c").param("c", code).query(Long.class).single()).isZero();
    }

    @Test
    void listFiltersByAllGivenNodesTextAndAreaWhereARegionMatchesItsCountries() throws Exception {
        String word = unique("zebra").toLowerCase();
        String both = unique("PAIR");
        String one = unique("ONE");
        create(both, "Linked to both " + word, "\"AWR\", \"CYB\"", "\"KEN\"", null);
        create(one, "Linked to one " + word, "\"AWR\"", "\"BRA\"", null);

        assertThat(codes(getJson(get("/api/v1/activities").param("node", "AWR", "CYB").param("q", word))))
                .containsExactly(both);
        assertThat(codes(getJson(get("/api/v1/activities").param("node", "AWR").param("q", word.toUpperCase()))))
                .containsExactlyInAnyOrder(both, one);
        assertThat(codes(getJson(get("/api/v1/activities").param("area", "002").param("q", word)))).containsExactly(both);
        assertThat(codes(getJson(get("/api/v1/activities").param("area", "005").param("q", word)))).containsExactly(one);
        assertThat(codes(getJson(get("/api/v1/activities").param("area", "KEN").param("q", word)))).containsExactly(both);
        JsonNode page = getJson(get("/api/v1/activities").param("pillar", "AWR").param("context", "CYB").param("q", word));
        assertThat(codes(page)).containsExactly(both);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(25);
    }

    @Test
    void staleVersionAnswers409AndChangesNothing() throws Exception {
        JsonNode created = create(unique("STALE"), "Original title", "\"SO2\"", "\"PHL\"", null);
        long id = created.get("id").asLong();
        String code = created.get("code").asString();
        mvc.perform(put("/api/v1/activities/" + id).with(as("mel")).contentType(MediaType.APPLICATION_JSON)
                        .content(withVersion(body(code, "First change", "\"SO2\"", "\"PHL\"", ""), 0)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/activities/" + id).with(as("mel")).contentType(MediaType.APPLICATION_JSON)
                        .content(withVersion(body(code, "Stale change", "\"SO3\"", "\"PHL\"", ""), 0)))
                .andExpect(status().isConflict());
        JsonNode now = getJson(get("/api/v1/activities/" + id));
        assertThat(now.get("title").asString()).isEqualTo("First change");
        assertThat(now.get("nodeCodes").toString()).isEqualTo("[\"SO2\"]");
        assertThat(now.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void updateWithoutVersionIsRejected() throws Exception {
        JsonNode created = create(unique("NOVER"), "No version", "", "", null);
        mvc.perform(put("/api/v1/activities/" + created.get("id").asLong()).with(as("mel"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(created.get("code").asString(), "Changed", "", "", "")))
                .andExpect(status().isBadRequest());
    }

    private static String withVersion(String body, int version) {
        return body.trim().replaceFirst("}$", ", \"version\": " + version + "}");
    }

    @Test
    void unknownNodeCountryAndCurrencyAre400NamingFieldAndCodeAndStoreNothing() throws Exception {
        String code = unique("BAD");
        String json = body(code, "Bad codes", "\"SO1\", \"XYZ\"", "\"QQQ\"", null).replace("\"USD\"", "\"ZZZ\"");
        MvcResult r = mvc.perform(post("/api/v1/activities").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest()).andReturn();
        JsonNode problem = JSON.readTree(r.getResponse().getContentAsString());
        List<String> errors = new ArrayList<>();
        problem.get("errors").forEach(e -> errors.add(e.get("field").asString() + ": " + e.get("message").asString()));
        assertThat(errors).contains("nodeCodes: unknown framework node XYZ",
                "areaCodes: unknown country or region code QQQ", "budgetCurrency: unknown currency ZZZ");
        assertThat(getJson(get("/api/v1/activities").param("q", code)).get("total").asLong()).isZero();
    }

    @Test
    void implementerAndVisionNodesCannotBeLinked() throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/activities").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(unique("KIND"), "Wrong kinds", "\"VISION\", \"UNODC\"", "", null)))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("VISION").contains("nodeCodes");
    }

    @Test
    void openApiDocumentsTheActionPlanEndpoints() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(docs).contains("Action Plan").contains("/api/v1/activities/{id}/progress");
    }

    @Test
    void invalidJsonIs400() throws Exception {
        mvc.perform(post("/api/v1/activities").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"X\", "))
                .andExpect(status().isBadRequest());
    }

    @Test
    void viewerMayReadButNotCreate() throws Exception {
        mvc.perform(post("/api/v1/activities").with(as("viewer")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(unique("VIEW"), "Viewer", "", "", null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/activities").with(as("viewer"))).andExpect(status().isOk());
    }

    @Test
    void deleteRemovesTheActivity() throws Exception {
        long id = create(unique("DEL"), "To delete", "\"SO1\"", "\"KEN\"", null).get("id").asLong();
        mvc.perform(delete("/api/v1/activities/" + id).with(as("focal.ken"))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/activities/" + id).with(as("admin"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/activities/" + id).with(as("viewer"))).andExpect(status().isNotFound());
        assertThat(audit(id)).containsExactly("CREATE", "DELETE");
    }

    @Test
    void progressUpdateSetsStatusAndPercentAndEveryChangeIsAudited() throws Exception {
        JsonNode created = create(unique("PROG"), "With progress", "\"SO1\"", "\"KEN\"", null);
        long id = created.get("id").asLong();
        mvc.perform(post("/api/v1/activities/" + id + "/progress").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportDate\": \"2025-03-31\", \"narrative\": \"Half done\", \"status\": \"ONGOING\", \"percentComplete\": 50}"))
                .andExpect(status().isCreated()).andExpect(header().string("Location", "/api/v1/activities/" + id + "/progress"));
        mvc.perform(post("/api/v1/activities/" + id + "/progress").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportDate\": \"2999-01-01\", \"narrative\": \"Future\", \"status\": \"ONGOING\", \"percentComplete\": 101}"))
                .andExpect(status().isBadRequest());
        JsonNode now = getJson(get("/api/v1/activities/" + id));
        assertThat(now.get("status").asString()).isEqualTo("ONGOING");
        assertThat(now.get("percentComplete").asInt()).isEqualTo(50);
        assertThat(getJson(get("/api/v1/activities/" + id + "/progress")).size()).isEqualTo(1);
        mvc.perform(put("/api/v1/activities/" + id).with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content(withVersion(body(created.get("code").asString(), "Renamed", "\"SO1\"", "\"KEN\"", ""),
                                now.get("version").asInt())))
                .andExpect(status().isOk());
        assertThat(audit(id)).containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(jdbc.sql("select summary from audit_event where entity_type = 'activity' and entity_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list().get(1)).contains("Progress update");
    }

    @Test
    void focalPointEditsOnlyInTheirCountriesAndPartnerReportsOnlyOnTheirActivities() throws Exception {
        JsonNode kenya = create(unique("FKEN"), "In Kenya", "", "\"KEN\"", "\"demo-ngo\", \"DEMO-TELECOM\"");
        JsonNode brazil = create(unique("FBRA"), "In Brazil", "", "\"BRA\"", "\"DEMO-TELECOM\"");
        String update = withVersion(body(kenya.get("code").asString(), "Kenya edited", "", "\"KEN\"", "\"DEMO-NGO\""), 0);
        mvc.perform(put("/api/v1/activities/" + kenya.get("id").asLong()).with(as("focal.ken"))
                .contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/activities/" + brazil.get("id").asLong()).with(as("focal.ken"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(withVersion(body(brazil.get("code").asString(), "x", "", "\"BRA\"", ""), 0)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/activities").with(as("focal.ken")).contentType(MediaType.APPLICATION_JSON)
                .content(body(unique("FNEW"), "New", "", "\"KEN\"", null))).andExpect(status().isForbidden());
        String progress = "{\"reportDate\": \"2025-01-31\", \"narrative\": \"Partner report\", \"status\": \"ONGOING\", \"percentComplete\": 10}";
        mvc.perform(post("/api/v1/activities/" + kenya.get("id").asLong() + "/progress").with(as("partner"))
                .contentType(MediaType.APPLICATION_JSON).content(progress)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/activities/" + brazil.get("id").asLong() + "/progress").with(as("partner"))
                .contentType(MediaType.APPLICATION_JSON).content(progress)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/activities/" + kenya.get("id").asLong()).with(as("partner"))
                .contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isForbidden());
    }

    @Test
    void csvAndXlsxExportsContainExactlyTheFilteredRows() throws Exception {
        String word = unique("okapi").toLowerCase();
        String match = unique("EXP");
        String other = unique("EXQ");
        create(match, "Exported " + word, "\"AWR\", \"SO1\"", "\"KEN\"", null);
        create(other, "Not exported " + word, "\"RES\"", "\"KEN\"", null);

        MvcResult csv = mvc.perform(get("/activities/export.csv").param("q", word).param("pillar", "AWR").with(as("viewer")))
                .andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("haven-activities-").contains(".csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getResponse().getContentAsString())).getRecords();
        assertThat(rows).extracting(r -> r.get("code")).containsExactly(match);
        assertThat(rows.get(0).get("node_codes")).isEqualTo("AWR;SO1");
        assertThat(rows.get(0).get("area_codes")).isEqualTo("KEN");
        assertThat(rows.get(0).get("budget_currency")).isEqualTo("USD");

        MvcResult xlsx = mvc.perform(get("/activities/export.xlsx").param("q", word).param("node", "AWR").with(as("viewer")))
                .andExpect(status().isOk()).andReturn();
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("code");
            assertThat(book.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(match);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void demoActionPlanIsLoadedLabelledAndLeavesGaps() throws Exception {
        JsonNode demo = getJson(get("/api/v1/activities").param("demo", "true").param("size", "100"));
        assertThat(demo.get("total").asLong()).isGreaterThanOrEqualTo(14);
        demo.get("items").forEach(i -> assertThat(i.get("title").asString()).startsWith("[DEMO] "));
        assertThat(getJson(get("/api/v1/activities").param("demo", "true").param("node", "ADV", "MOV")).get("total").asLong())
                .isZero();
        assertThat(getJson(get("/api/v1/activities").param("q", "DEMO-NGO").param("demo", "true")).get("total").asLong())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'activity' and actor = 'system'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(14);
    }

    private List<String> audit(long id) {
        return jdbc.sql("select action from audit_event where entity_type = 'activity' and entity_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list();
    }
}
