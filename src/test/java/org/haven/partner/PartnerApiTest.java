package org.haven.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

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

/** /api/v1/partners: CRUD, field errors, stale versions, scoping of partner reporters, contacts for staff only. */
@HavenDbTest
class PartnerApiTest {

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

    private static String partner(String code, String name, String version) {
        return """
                {"code": "%s", "name": "%s", "type": "NGO", "donorType": null, "countryCode": "KEN",
                 "website": "https://example.org", "description": "API test partner"%s}
                """.formatted(code, name, version == null ? "" : ", \"version\": " + version);
    }

    private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andExpect(status().is(status)).andReturn();
        String body = r.getResponse().getContentAsString();
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    private String create(String name) throws Exception {
        String code = unique("API");
        json(post("/api/v1/partners").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                .content(partner(code.toLowerCase(), name, null)), 201);
        return code;
    }

    private long auditRows(String type, String id) {
        return jdbc.sql("select count(*) from audit_event where entity_type = :t and entity_id = :id")
                .param("t", type).param("id", id).query(Long.class).single();
    }

    @Test
    void createReadChangeAndDeleteAnUnusedPartnerAuditedWith409OnAStaleVersion() throws Exception {
        String code = unique("CRUD");
        MvcResult r = mvc.perform(post("/api/v1/partners").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                .content(partner(code.toLowerCase(), "Created via API", null))).andExpect(status().isCreated()).andReturn();
        assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/v1/partners/" + code);
        JsonNode read = json(get("/api/v1/partners/" + code.toLowerCase()).with(as("viewer")), 200);
        assertThat(read.get("code").asString()).isEqualTo(code);
        assertThat(read.get("type").asString()).isEqualTo("NGO");
        assertThat(read.get("countryCode").asString()).isEqualTo("KEN");
        assertThat(read.get("version").asInt()).isZero();

        JsonNode changed = json(put("/api/v1/partners/" + code).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(partner(code, "Renamed via API", "0")), 200);
        assertThat(changed.get("name").asString()).isEqualTo("Renamed via API");
        assertThat(changed.get("version").asInt()).isEqualTo(1);
        JsonNode stale = json(put("/api/v1/partners/" + code).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(partner(code, "Stale change", "0")), 409);
        assertThat(stale.get("status").asInt()).isEqualTo(409);
        assertThat(json(get("/api/v1/partners/" + code).with(as("admin")), 200).get("name").asString())
                .isEqualTo("Renamed via API");

        json(post("/api/v1/partners").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                .content(partner(code, "Same code", null)), 400);
        json(delete("/api/v1/partners/" + code).with(as("viewer")), 403);
        json(delete("/api/v1/partners/" + code).with(as("admin")), 204);
        json(get("/api/v1/partners/" + code).with(as("admin")), 404);
        assertThat(auditRows("partner", code)).isEqualTo(3);
    }

    @Test
    void badInputIs400NamingEveryFieldAndNothingIsWritten() throws Exception {
        String code = unique("BAD");
        JsonNode problem = json(post("/api/v1/partners").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code": "%s bad", "name": " ", "type": "CHARITY", "donorType": "GENEROUS", "countryCode": "QQQ",
                         "website": "example.org"}""".formatted(code)), 400);
        assertThat(problem.get("errors").toString()).contains("\"field\":\"code\"").contains("\"field\":\"name\"")
                .contains("unknown partner type CHARITY").contains("unknown donor type GENEROUS")
                .contains("unknown country code QQQ").contains("\"field\":\"website\"");
        assertThat(jdbc.sql("select count(*) from partner where code like :c").param("c", code + "%").query(Long.class)
                .single()).isZero();

        String partner = create("Agreements partner");
        JsonNode bad = json(post("/api/v1/partners/" + partner + "/agreements").with(as("programme"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Bad dates", "startDate": "2025-06-01", "endDate": "2025-01-01", "nodeCodes": ["SO1", "NOPE", "UNODC"]}"""), 400);
        assertThat(bad.get("errors").toString()).contains("\"field\":\"endDate\"").contains("unknown framework node NOPE")
                .contains("UNODC is not a current objective or priority context");
        assertThat(json(get("/api/v1/partners/" + partner + "/agreements").with(as("programme")), 200)).isEmpty();
        JsonNode agreement = json(post("/api/v1/partners/" + partner + "/agreements").with(as("programme"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Good one", "startDate": "2025-01-01", "scope": "Joint work", "nodeCodes": ["so1", "JUS"]}"""), 201);
        assertThat(agreement.get("nodeCodes").toString()).isEqualTo("[\"JUS\",\"SO1\"]");
        json(put("/api/v1/partners/" + partner + "/agreements/" + agreement.get("id").asLong()).with(as("programme"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Changed", "startDate": "2025-01-01", "nodeCodes": ["SO2"], "version": 0}"""), 200);
        json(put("/api/v1/partners/" + partner + "/agreements/" + agreement.get("id").asLong()).with(as("programme"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Stale", "startDate": "2025-01-01", "nodeCodes": [], "version": 0}"""), 409);
        JsonNode contact = json(post("/api/v1/partners/" + partner + "/contacts").with(as("programme"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"X\", \"email\": \"not-an-address\"}"), 400);
        assertThat(contact.get("errors").toString()).contains("\"field\":\"email\"");
    }

    @Test
    void aPartnerInUseByAnActivityIsNotDeleted() throws Exception {
        String partner = create("Linked partner");
        String activity = unique("ACT");
        json(post("/api/v1/activities").with(as("programme")).contentType(MediaType.APPLICATION_JSON).content("""
                {"code": "%s", "title": "Linked", "leadImplementer": "UNODC", "partners": ["%s"], "nodeCodes": [],
                 "areaCodes": ["KEN"], "status": "PLANNED"}""".formatted(activity, partner)), 201);
        json(delete("/api/v1/partners/" + partner).with(as("admin")), 409);
        assertThat(json(get("/api/v1/partners/" + partner).with(as("admin")), 200).get("code").asString()).isEqualTo(partner);
    }

    @Test
    void aPartnerReporterSeesAndChangesOnlyTheirOwnPartner() throws Exception {
        String other = create("Someone else");
        JsonNode list = json(get("/api/v1/partners").with(as("partner")), 200);
        assertThat(list).extracting(p -> p.get("code").asString()).containsExactly("DEMO-NGO");
        json(get("/api/v1/partners/" + other).with(as("partner")), 403);
        json(put("/api/v1/partners/" + other).with(as("partner")).contentType(MediaType.APPLICATION_JSON)
                .content(partner(other, "Hijacked", "0")), 403);
        json(post("/api/v1/partners/" + other + "/contacts").with(as("partner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Intruder\"}"), 403);
        json(post("/api/v1/partners/" + other + "/agreements").with(as("partner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Intruder\", \"startDate\": \"2025-01-01\"}"), 403);
        json(post("/api/v1/partners").with(as("partner")).contentType(MediaType.APPLICATION_JSON)
                .content(partner(unique("MINE"), "Not allowed", null)), 403);
        JsonNode unchanged = json(get("/api/v1/partners/" + other).with(as("admin")), 200);
        assertThat(unchanged.get("name").asString()).isEqualTo("Someone else");
        assertThat(unchanged.get("version").asInt()).isZero();
        assertThat(json(get("/api/v1/partners/" + other + "/contacts").with(as("admin")), 200)).isEmpty();
        assertThat(json(get("/api/v1/partners/" + other + "/agreements").with(as("admin")), 200)).isEmpty();

        JsonNode own = json(get("/api/v1/partners/DEMO-NGO").with(as("partner")), 200);
        JsonNode contact = json(post("/api/v1/partners/DEMO-NGO/contacts").with(as("partner"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Own contact\", \"role\": \"Reporter\"}"), 201);
        json(delete("/api/v1/partners/DEMO-NGO/contacts/" + contact.get("id").asLong()).with(as("partner")), 204);
        assertThat(own.get("code").asString()).isEqualTo("DEMO-NGO");
    }

    @Test
    void contactsAreShownToStaffOnlyNeverToViewersAnonymousVisitorsOrInPartnerJson() throws Exception {
        String partner = create("Partner with a contact");
        String email = unique("person").toLowerCase() + "@example.org";
        json(post("/api/v1/partners/" + partner + "/contacts").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Contact Person\", \"email\": \"%s\", \"role\": \"Director\"}".formatted(email)), 201);
        assertThat(json(get("/api/v1/partners/" + partner + "/contacts").with(as("mel")), 200).toString()).contains(email);
        json(get("/api/v1/partners/" + partner + "/contacts").with(as("viewer")), 403);
        mvc.perform(get("/api/v1/partners/" + partner + "/contacts")).andExpect(status().isUnauthorized());
        assertThat(mvc.perform(get("/api/v1/partners/" + partner).with(as("programme"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(email);
        assertThat(mvc.perform(get("/api/v1/partners").with(as("programme"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(email);
        assertThat(mvc.perform(get("/partners/" + partner).with(as("viewer"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Partner with a contact").doesNotContain(email)
                .doesNotContain("Contact Person");
        assertThat(mvc.perform(get("/partners/" + partner).with(as("programme"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(email).contains("Contact Person");
        assertThat(mvc.perform(get("/public")).andReturn().getResponse().getContentAsString()).doesNotContain(email);
        mvc.perform(get("/partners/" + partner)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theFormsAnswer400WithFieldMessagesAnd409OnAStaleVersionAndForbidOthers() throws Exception {
        String bad = mvc.perform(post("/partners").with(as("programme")).with(csrf()).param("code", "lower case!")
                        .param("name", "").param("type", "NGO").param("countryCode", "QQQ"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("code must be 1 to 40 capital letters").contains("name is required")
                .contains("unknown country code QQQ");
        String code = unique("FORM");
        mvc.perform(post("/partners").with(as("programme")).with(csrf()).param("code", code).param("name", "Form partner")
                .param("type", "ACADEMIA")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/partners/" + code).with(as("programme")).with(csrf()).param("name", "Form partner 2")
                .param("type", "ACADEMIA").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/partners/" + code).with(as("programme")).with(csrf()).param("name", "Stale")
                .param("type", "ACADEMIA").param("version", "0")).andExpect(status().isConflict());
        mvc.perform(post("/partners/" + code).with(as("viewer")).with(csrf()).param("name", "Viewer")
                .param("type", "ACADEMIA").param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(get("/partners/" + code + "/contacts/new").with(as("viewer"))).andExpect(status().isForbidden());
        assertThat(json(get("/api/v1/partners/" + code).with(as("admin")), 200).get("name").asString()).isEqualTo("Form partner 2");
    }
}
