package org.haven.exchange.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.exchange.dhis2.Dhis2Fixture.as;
import static org.haven.exchange.dhis2.Dhis2Fixture.json;
import static org.haven.exchange.dhis2.Dhis2Fixture.postSet;
import static org.haven.exchange.dhis2.Dhis2Fixture.seed;
import static org.haven.exchange.dhis2.Dhis2Fixture.stored;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/** Round trips export -> import of DHIS2 JSON, CSV and ADX, and the import summary of good and unknown codes. */
@HavenDbTest
class Dhis2ExchangeTest {

    @Autowired
    MockMvc mvc;

    String connection;

    @BeforeEach
    void setUp() throws Exception {
        connection = Dhis2Fixture.connection(mvc);
    }

    private String export(String format, int year) throws Exception {
        MvcResult r = mvc.perform(get("/api/dataValueSets").with(as("admin")).param("connection", connection)
                        .param("dataSet", "dsSrv").param("orgUnit", "ouKen").param("period", String.valueOf(year))
                        .param("format", format))
                .andExpect(status().isOk()).andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Export, delete the values through the exported file, import the file again: the same values come back. */
    private void roundTrip(String format, String contentType) throws Exception {
        int year = Dhis2Fixture.year();
        seed(mvc, "KEN", year);
        Map<String, String> before = stored(mvc, "KEN", year);
        assertThat(before).hasSize(4);
        String file = export(format, year);

        JsonNode deleted = json(postSet(mvc, "admin", connection, contentType, file, "importStrategy", "DELETE"));
        assertThat(deleted.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(deleted.get("importCount").get("deleted").asInt()).isEqualTo(4);
        assertThat(stored(mvc, "KEN", year)).isEmpty();

        MvcResult imported = postSet(mvc, "admin", connection, contentType, file);
        assertThat(imported.getResponse().getStatus()).isEqualTo(200);
        JsonNode summary = json(imported);
        assertThat(summary.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(summary.get("importCount").get("imported").asInt()).isEqualTo(4);
        assertThat(summary.get("conflicts")).isEmpty();
        assertThat(stored(mvc, "KEN", year)).isEqualTo(before);

        JsonNode again = json(postSet(mvc, "admin", connection, contentType, file));
        assertThat(again.get("importCount").get("imported").asInt()).isZero();
        assertThat(again.get("importCount").get("ignored").asInt()).isEqualTo(4);
    }

    @Test
    @DisplayName("DHIS2 JSON: export -> import gives the same values and comments")
    void jsonRoundTrip() throws Exception {
        int year = Dhis2Fixture.year();
        seed(mvc, "KEN", year);
        JsonNode set = Dhis2Fixture.JSON.readTree(export("json", year));
        assertThat(set.get("dataSet").asString()).isEqualTo("dsSrv");
        assertThat(set.get("dataValues")).hasSize(4);
        JsonNode first = set.get("dataValues").get(0);
        assertThat(first.get("orgUnit").asString()).isEqualTo("ouKen");
        assertThat(first.get("period").asString()).isEqualTo(String.valueOf(year));
        assertThat(set.get("dataValues").findValuesAsString("categoryOptionCombo"))
                .containsExactlyInAnyOrder("cocF", "cocM", "cocTot", "cocFY5");
        roundTrip("json", "application/json");
    }

    @Test
    @DisplayName("DHIS2 CSV: export -> import gives the same values and comments")
    void csvRoundTrip() throws Exception {
        int year = Dhis2Fixture.year();
        seed(mvc, "KEN", year);
        String csv = export("csv", year);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", Dhis2Csv.HEADER));
        assertThat(csv).contains("deCare," + year + ",ouKen,cocF,").contains("'=SUM(A1)");
        roundTrip("csv", "text/csv");
        roundTrip("csv", "application/csv");
    }

    @Test
    @DisplayName("ADX: export -> import gives the same values and comments")
    void adxRoundTrip() throws Exception {
        int year = Dhis2Fixture.year();
        seed(mvc, "KEN", year);
        String adx = export("adx", year);
        assertThat(adx).contains("xmlns=\"urn:ihe:qrph:adx:2015\"").contains("period=\"" + year + "-01-01/P1Y\"")
                .contains("dataSet=\"dsSrv\"").contains("GENDER=\"FMLE\"").contains("AGE=\"Y5T9\"");
        roundTrip("adx", "application/adx+xml");
        roundTrip("adx", "application/xml");
    }

    @Test
    @DisplayName("unknown codes, weekly periods and bad values are conflicts with their row index and field; nothing is stored")
    void unknownCodesAreReportedPerRow() throws Exception {
        int year = Dhis2Fixture.year();
        String body = """
                {"dataSet":"dsSrv","period":"%d","orgUnit":"ouKen","dataValues":[
                 {"dataElement":"deCare","categoryOptionCombo":"cocF","value":"5"},
                 {"dataElement":"deNope","categoryOptionCombo":"cocF","value":"6"},
                 {"dataElement":"deCare","categoryOptionCombo":"cocNope","value":"7"},
                 {"dataElement":"deCare","categoryOptionCombo":"cocM","period":"2025W3","value":"8"},
                 {"dataElement":"deCare","categoryOptionCombo":"cocTot","orgUnit":"ouNope","value":"9"},
                 {"dataElement":"deProg","categoryOptionCombo":"cocFY5","value":"abc"},
                 {"dataElement":"deProg","categoryOptionCombo":"cocF","value":"-3"}]}
                """.formatted(year);
        MvcResult r = postSet(mvc, "admin", connection, "application/json", body);
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        JsonNode s = json(r);
        assertThat(s.get("status").asString()).isEqualTo("ERROR");
        assertThat(s.get("importCount").get("imported").asInt()).isZero();
        assertThat(s.get("description").asString()).contains("6 of 7 rows have problems: nothing was stored");
        assertConflict(s, 1, "dataElement", "deNope", "unknown DHIS2 data element 'deNope'");
        assertConflict(s, 2, "categoryOptionCombo", "cocNope", "unknown DHIS2 category option combo 'cocNope'");
        assertConflict(s, 3, "period", "2025W3", "weekly");
        assertConflict(s, 4, "orgUnit", "ouNope", "unknown DHIS2 org unit 'ouNope'");
        assertConflict(s, 5, "value", "abc", "not a number");
        assertConflict(s, 6, "value", "-3", "cannot be negative");
        assertThat(stored(mvc, "KEN", year)).isEmpty();

        String csv = "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\n"
                + "deCare," + year + ",ouKen,cocF,aocDef,5\n"
                + "deCare," + year + ",ouXyz,cocF,aocDef,5\n"
                + "deCare," + year + ",ouKen,cocM,aocNope,5\n";
        JsonNode c = json(postSet(mvc, "admin", connection, "text/csv", csv));
        assertConflict(c, 1, "orgUnit", "ouXyz", "unknown DHIS2 org unit");
        assertConflict(c, 2, "attributeOptionCombo", "aocNope", "unknown DHIS2 attribute option combo");
        assertThat(stored(mvc, "KEN", year)).isEmpty();

        String adx = """
                <adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit="ouKen" period="%d-01-01/P1Y" dataSet="dsSrv">
                <dataValue dataElement="deCare" GENDER="FMLE" value="4"/>
                <dataValue dataElement="deCare" GENDER="XX" value="4"/></group>
                <group orgUnit="ouKen" period="%d-01-06/P7D"><dataValue dataElement="deCare" value="1"/></group></adx>
                """.formatted(year, year);
        JsonNode a = json(postSet(mvc, "admin", connection, "application/adx+xml", adx));
        assertConflict(a, 1, "GENDER", "GENDER=XX", "unknown ADX category option");
        assertConflict(a, 2, "period", year + "-01-06/P7D", "weekly");
        assertThat(stored(mvc, "KEN", year)).isEmpty();
    }

    @Test
    @DisplayName("atomicMode=NONE stores the clean rows and answers WARNING; dryRun stores nothing")
    void atomicModeNoneAndDryRun() throws Exception {
        int year = Dhis2Fixture.year();
        String body = """
                {"period":"%d","orgUnit":"ouKen","dataValues":[
                 {"dataElement":"deCare","categoryOptionCombo":"cocF","value":"5"},
                 {"dataElement":"deNope","categoryOptionCombo":"cocF","value":"6"}]}""".formatted(year);
        JsonNode dry = json(postSet(mvc, "admin", connection, "application/json", body, "atomicMode", "NONE",
                "dryRun", "true"));
        assertThat(dry.get("status").asString()).isEqualTo("WARNING");
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(stored(mvc, "KEN", year)).isEmpty();
        JsonNode s = json(postSet(mvc, "admin", connection, "application/json", body, "atomicMode", "NONE"));
        assertThat(s.get("status").asString()).isEqualTo("WARNING");
        assertThat(s.get("importCount").get("imported").asInt()).isEqualTo(1);
        assertThat(s.get("importCount").get("ignored").asInt()).isEqualTo(1);
        assertThat(stored(mvc, "KEN", year)).containsOnlyKeys("CAREGIVERS_SUPPORTED|{SEX=F}");
        MvcResult bad = postSet(mvc, "admin", connection, "application/json", body, "importStrategy", "UPDATES_ONLY");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(bad).get("conflicts").get(0).get("property").asString()).isEqualTo("importStrategy");
    }

    @Test
    @DisplayName("without ?connection= the only connection mapping every org unit is used")
    void connectionFoundFromOrgUnits() throws Exception {
        int year = Dhis2Fixture.year();
        String ou = "ou" + connection;
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/exchange/dhis2/mappings").param("connection", connection).with(as("admin"))
                        .contentType("application/json").content("{\"kind\":\"ORG_UNIT\",\"dhis2Id\":\"" + ou
                                + "\",\"havenCode\":\"UGA\"}"))
                .andExpect(status().isCreated());
        String body = "{\"period\":\"" + year + "\",\"orgUnit\":\"" + ou + "\",\"dataValues\":[{\"dataElement\":"
                + "\"deCare\",\"categoryOptionCombo\":\"cocF\",\"value\":\"11\"}]}";
        MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/dataValueSets").with(as("admin")).contentType("application/json").content(body))
                .andReturn();
        assertThat(json(r).get("connection").asString()).isEqualTo(connection);
        assertThat(stored(mvc, "UGA", year)).containsEntry("CAREGIVERS_SUPPORTED|{SEX=F}", "11|");
    }

    private static void assertConflict(JsonNode summary, int index, String property, String object, String text) {
        for (JsonNode c : summary.get("conflicts")) {
            if (c.get("indexes").size() == 1 && c.get("indexes").get(0).asInt() == index) {
                assertThat(c.get("property").asString()).isEqualTo(property);
                assertThat(c.get("object").asString()).isEqualTo(object);
                assertThat(c.get("value").asString()).contains("dataValues[" + index + "]").contains(text);
                return;
            }
        }
        throw new AssertionError("no conflict for row " + index + " in " + summary);
    }
}
