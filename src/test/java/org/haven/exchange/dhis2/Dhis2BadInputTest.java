package org.haven.exchange.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.exchange.dhis2.Dhis2Fixture.as;
import static org.haven.exchange.dhis2.Dhis2Fixture.json;
import static org.haven.exchange.dhis2.Dhis2Fixture.postSet;
import static org.haven.exchange.dhis2.Dhis2Fixture.stored;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.haven.data.ApprovalService;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * Hostile and broken bodies (XXE, billion laughs, malformed JSON/XML/CSV, wrong encoding, too large, wrong media
 * type), scope, approval and entry windows, and who may change mappings: each refused clearly, nothing stored.
 */
@HavenDbTest
class Dhis2BadInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApprovalService approvals;

    @Autowired
    Dhis2MappingService mappings;

    String connection;
    int year;

    @BeforeEach
    void setUp() throws Exception {
        connection = Dhis2Fixture.connection(mvc);
        year = Dhis2Fixture.year();
    }

    private String valueSet(String orgUnit, String element, String coc, String value) {
        return """
                {"period":"%d","orgUnit":"%s","dataValues":[
                 {"dataElement":"%s","categoryOptionCombo":"%s","value":"%s"}]}""".formatted(year, orgUnit, element,
                coc, value);
    }

    private void refused(MvcResult r, int status, String text) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        JsonNode s = json(r);
        assertThat(s.get("status").asString()).isEqualTo("ERROR");
        assertThat(s.get("description").asString()).contains(text);
        assertThat(stored(mvc, "KEN", year)).isEmpty();
    }

    @Test
    @DisplayName("ADX with an external entity (XXE) is refused before anything is read")
    void xxeIsRefused() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE adx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit="ouKen" period="%d-01-01/P1Y">
                <dataValue dataElement="deCare" GENDER="FMLE" value="1"><annotation>&xxe;</annotation></dataValue>
                </group></adx>""".formatted(year);
        MvcResult r = postSet(mvc, "admin", connection, "application/adx+xml", xxe);
        refused(r, 400, "DOCTYPE");
        assertThat(r.getResponse().getContentAsString()).doesNotContain("root:");
    }

    @Test
    @DisplayName("ADX with entity expansion (billion laughs) is refused")
    void billionLaughsIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE adx [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        String body = "<?xml version=\"1.0\"?>" + dtd + "<adx xmlns=\"urn:ihe:qrph:adx:2015\"><group orgUnit=\"ouKen\""
                + " period=\"" + year + "-01-01/P1Y\"><dataValue dataElement=\"deCare\" GENDER=\"FMLE\" value=\"1\">"
                + "<annotation>&lol9;</annotation></dataValue></group></adx>";
        refused(postSet(mvc, "admin", connection, "application/xml", body), 400, "DOCTYPE");
    }

    @Test
    @DisplayName("malformed JSON, XML and CSV, a non-ADX root and an empty body are 400 with the reason")
    void malformedBodies() throws Exception {
        refused(postSet(mvc, "admin", connection, "application/json", "{\"dataValues\": [ {\"dataElement\": "),
                400, "not valid JSON at line 1");
        refused(postSet(mvc, "admin", connection, "application/json", "[1, 2]"), 400, "dataValues");
        refused(postSet(mvc, "admin", connection, "application/adx+xml",
                "<adx xmlns=\"urn:ihe:qrph:adx:2015\"><group></adx>"), 400, "line 1");
        refused(postSet(mvc, "admin", connection, "application/xml", "<dataValueSet xmlns=\"http://dhis2.org/schema/dxf/2.0\"/>"),
                400, "root element must be adx");
        refused(postSet(mvc, "admin", connection, "text/csv",
                "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\n\"deCare," + year), 400,
                "not readable CSV");
        refused(postSet(mvc, "admin", connection, "application/json", ""), 400, "empty");
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are refused unless the Content-Type names their charset")
    void wrongEncoding() throws Exception {
        String body = """
                {"period":"%d","orgUnit":"ouKen","dataValues":[
                 {"dataElement":"deCare","categoryOptionCombo":"cocF","value":"5","comment":"Réunion à Nairobi"}]}"""
                .formatted(year);
        byte[] latin1 = body.getBytes(StandardCharsets.ISO_8859_1);
        refused(postSet(mvc, "admin", connection, "application/json", latin1), 400, "not valid UTF-8");
        MvcResult ok = postSet(mvc, "admin", connection, "application/json;charset=ISO-8859-1", latin1);
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(stored(mvc, "KEN", year)).containsEntry("CAREGIVERS_SUPPORTED|{SEX=F}", "5|Réunion à Nairobi");
    }

    @Test
    @DisplayName("a body over the size limit is 413; another media type is 415")
    void tooLargeAndWrongType() throws Exception {
        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        refused(postSet(mvc, "admin", connection, "application/json", huge), 413, "larger than the limit");
        refused(postSet(mvc, "admin", connection, "text/plain", valueSet("ouKen", "deCare", "cocF", "1")), 415,
                "application/json");
    }

    @Test
    @DisplayName("a country focal point posting for another country gets 403 and nothing is stored")
    void outOfScopeCountryIs403() throws Exception {
        MvcResult r = postSet(mvc, "focal.ken", connection, "application/json",
                valueSet("ouBra", "deCare", "cocF", "9"));
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(json(r).get("status").asString()).isEqualTo("ERROR");
        assertThat(json(r).get("description").asString()).contains("dataValues[0].orgUnit ouBra");
        assertThat(stored(mvc, "BRA", year)).isEmpty();
        MvcResult mixed = postSet(mvc, "focal.ken", connection, "application/json", """
                {"period":"%d","dataValues":[
                 {"dataElement":"deCare","orgUnit":"ouKen","categoryOptionCombo":"cocF","value":"3"},
                 {"dataElement":"deCare","orgUnit":"ouBra","categoryOptionCombo":"cocF","value":"4"}]}"""
                .formatted(year));
        assertThat(mixed.getResponse().getStatus()).isEqualTo(403);
        assertThat(json(mixed).get("description").asString()).contains("dataValues[1].orgUnit ouBra");
        assertThat(stored(mvc, "KEN", year)).isEmpty();
        MvcResult own = postSet(mvc, "focal.ken", connection, "application/json",
                valueSet("ouKen", "deCare", "cocF", "9"));
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        assertThat(stored(mvc, "KEN", year)).containsEntry("CAREGIVERS_SUPPORTED|{SEX=F}", "9|");
    }

    @Test
    @DisplayName("approved values and closed entry windows are conflicts; nothing is stored")
    void approvalAndLockRespected() throws Exception {
        approvals.approve("SERVICES_YEARLY", "KEN", String.valueOf(year));
        MvcResult r = postSet(mvc, "admin", connection, "application/json", valueSet("ouKen", "deCare", "cocF", "5"));
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(json(r).get("conflicts").get(0).get("value").asString()).contains("dataValues[0].period")
                .contains("approved");
        assertThat(stored(mvc, "KEN", year)).isEmpty();

        // JJ_YEARLY closes 180 days after the year: a focal point may no longer change an old year
        MvcResult locked = postSet(mvc, "focal.ken", connection, "application/json",
                valueSet("ouKen", "deDet", "cocM", "5"));
        assertThat(locked.getResponse().getStatus()).isEqualTo(409);
        assertThat(json(locked).get("conflicts").get(0).get("value").asString()).contains("entry window");
        assertThat(stored(mvc, "KEN", year)).isEmpty();
    }

    @Test
    @DisplayName("mappings: only ADMIN and MEL_OFFICER change them, unknown Haven codes are 400, a CSV is all or nothing")
    void mappingRules() throws Exception {
        String good = "{\"kind\":\"DATA_ELEMENT\",\"dhis2Id\":\"deX\",\"havenCode\":\"SCHOOLS_TOTAL\"}";
        mvc.perform(post("/api/v1/exchange/dhis2/mappings").param("connection", connection).with(as("viewer"))
                .contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/exchange/dhis2/mappings").param("connection", connection).with(as("focal.ken"))
                .contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isForbidden());
        MvcResult bad = mvc.perform(post("/api/v1/exchange/dhis2/mappings").param("connection", connection)
                .with(as("mel")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"DATA_ELEMENT\",\"dhis2Id\":\"deY\",\"havenCode\":\"NO_SUCH\"}")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("havenCode").contains("NO_SUCH");
        mvc.perform(post("/api/v1/exchange/dhis2/mappings").param("connection", connection).with(as("mel"))
                .contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isCreated());

        int before = mappings.mappings(connection).size();
        MvcResult csv = mvc.perform(post("/api/v1/exchange/dhis2/mappings").param("connection", connection)
                .with(as("admin")).contentType("text/csv").content("""
                        kind,dhis2_id,haven_code,data_element
                        ORG_UNIT,ouNga,NGA,
                        CATEGORY_OPTION_COMBO,cocZ,SEX:Z,
                        WHATEVER,x,y,
                        """)).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(400);
        assertThat(csv.getResponse().getContentAsString()).contains("rows[1].havenCode").contains("rows[2].kind");
        assertThat(mappings.mappings(connection)).hasSize(before);

        MvcResult list = mvc.perform(get("/api/v1/exchange/dhis2/mappings").param("connection", connection)
                .with(as("viewer"))).andExpect(status().isOk()).andReturn();
        assertThat(list.getResponse().getContentAsString()).contains("\"dhis2Id\":\"deX\"");
    }

    @Test
    @DisplayName("the demo connection maps Kenya's demo values, which export as DHIS2 JSON")
    void demoConnectionExports() throws Exception {
        assertThat(mappings.mappings(DemoDhis2Mappings.CODE)).isNotEmpty().allMatch(Dhis2Mapping::demo);
        JsonNode set = Dhis2Fixture.JSON.readTree(mvc.perform(get("/api/dataValueSets").with(as("viewer"))
                        .param("connection", DemoDhis2Mappings.CODE).param("dataSet", "dmSrvYear01")
                        .param("orgUnit", "dmKenya0001").param("period", "2024"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(set.get("dataValues").findValuesAsString("dataElement")).contains("dmCareSup01", "dmChProg001");
    }
}
