package org.haven.exchange.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.haven.core.SafeXml;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public SDMX API and the SDMX-CSV import: structure and data messages valid against the official SDMX-ML 3.0
 * schemas, the SDMX-CSV round trip, key and period errors, approved values only, small cells suppressed.
 */
@HavenDbTest
class SdmxApiTest {

    static final String HEADER = String.join(",", SdmxCsvWriter.header());
    static final String FLOW = "dataflow,HAVEN:DF_SDG_VAC(1.0),I,";

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    /** Years before any real or demo data, one per test method; the area (Malawi, M49 454) no other test uses. */
    private static final AtomicInteger YEARS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1900, 1960));
    private final String year = String.valueOf(YEARS.getAndIncrement());

    JsonNode importCsv(String csv, boolean dryRun, String user, int expected) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/exchange/sdmx/import").param("dryRun", String.valueOf(dryRun))
                        .param("name", "test.csv").with(httpBasic(user, TestDatabase.ADMIN_PASSWORD))
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is(expected)).andReturn();
        byte[] body = r.getResponse().getContentAsByteArray();
        return body.length == 0 ? null : json.readTree(body);
    }

    String csv(String key, String start, String end) throws Exception {
        return mvc.perform(get("/sdmx/data/DF_SDG_VAC/" + key).param("startPeriod", start).param("endPeriod", end)
                        .header("Accept", SdmxCsvWriter.MEDIA_TYPE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static List<String> rows(String csv) {
        return Arrays.stream(csv.split("\n")).skip(1).filter(l -> !l.isBlank()).toList();
    }

    private String homicideRows(String f, String m, String t) {
        return String.join("\n", HEADER,
                FLOW + "A,VC_IHR_PSRC,454,F,_T," + year + "," + f + ",PER_100000_POP,E",
                FLOW + "A,VC_IHR_PSRC,454,M,_T," + year + "," + m + ",PER_100000_POP,E",
                FLOW + "A,VC_IHR_PSRC,454,_T,_T," + year + "," + t + ",PER_100000_POP,C", "");
    }

    @Test
    void structureMessagesAreValidSdmxMl30AndNeedNoLogin() throws Exception {
        MvcResult dsd = mvc.perform(get("/sdmx/datastructure").header("Accept", SdmxXmlWriter.STRUCTURE_MEDIA_TYPE))
                .andExpect(status().isOk()).andReturn();
        assertThat(dsd.getResponse().getContentType()).startsWith("application/vnd.sdmx.structure+xml");
        byte[] body = dsd.getResponse().getContentAsByteArray();
        assertThat(SafeXml.validate(SdmxXmlWriterTest.MESSAGE, new ByteArrayInputStream(body))).isEmpty();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("<str:Code id=\"404\"><com:Name xml:lang=\"en\">Kenya</com:Name>")
                .contains("<str:Code id=\"VC_VAW_PHYPYV\">").contains("<str:Code id=\"Y_GE18\">")
                .contains("id=\"REF_AREA\" position=\"3\"").contains("<str:TimeDimension").contains("id=\"UNIT_MEASURE\"");

        byte[] flows = mvc.perform(get("/sdmx/dataflow")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(SafeXml.validate(SdmxXmlWriterTest.MESSAGE, new ByteArrayInputStream(flows))).isEmpty();
        assertThat(new String(flows, StandardCharsets.UTF_8)).contains("id=\"DF_SDG_VAC\"").doesNotContain("<str:Codelist ");

        byte[] sex = mvc.perform(get("/sdmx/codelist/HAVEN/CL_SEX/1.0")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(SafeXml.validate(SdmxXmlWriterTest.MESSAGE, new ByteArrayInputStream(sex))).isEmpty();
        assertThat(new String(sex, StandardCharsets.UTF_8)).contains("id=\"CL_SEX\"").doesNotContain("id=\"CL_AGE\"");
    }

    @Test
    void theDataMessageIsValidAgainstTheOfficialSchemaAndTheDataflowSchema() throws Exception {
        importCsv(homicideRows("1.8", "7.25", "4.5"), false, "mel", 200);
        MvcResult r = mvc.perform(get("/sdmx/data/HAVEN,DF_SDG_VAC,1.0/A.VC_IHR_PSRC.454..").param("startPeriod", year)
                        .param("endPeriod", year).header("Accept", SdmxXmlWriter.DATA_MEDIA_TYPE))
                .andExpect(status().isOk()).andReturn();
        byte[] body = r.getResponse().getContentAsByteArray();
        assertThat(SafeXml.validate(SdmxXmlWriterTest.DATA, new ByteArrayInputStream(body))).isEmpty();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("<Obs FREQ=\"A\" SERIES=\"VC_IHR_PSRC\" REF_AREA=\"454\" SEX=\"F\" AGE=\"_T\" TIME_PERIOD=\""
                + year + "\" OBS_VALUE=\"1.8\" UNIT_MEASURE=\"PER_100000_POP\" NATURE=\"E\"/>");
        assertThat(text.split("<Obs ", -1)).hasSize(4);
        assertThat(mvc.perform(get("/sdmx/data/DF_SDG_VAC/A.VC_IHR_PSRC.454..").param("format", "xml")
                .param("startPeriod", year).param("endPeriod", year)).andReturn().getResponse().getContentAsString())
                .contains("OBS_VALUE=\"7.25\"");
        assertThat(mvc.perform(get("/sdmx/data/dataflow/HAVEN/DF_SDG_VAC/1.0/A.VC_IHR_PSRC.454.M._T").param("format", "csv")
                .param("startPeriod", year).param("endPeriod", year)).andReturn().getResponse().getContentAsString())
                .contains("A,VC_IHR_PSRC,454,M,_T," + year + ",7.25,PER_100000_POP,E");
    }

    @Test
    void sdmxCsvRoundTripRestoresTheExportedValues() throws Exception {
        JsonNode first = importCsv(homicideRows("1.8", "7.25", "4.5"), false, "mel", 200);
        assertThat(first.get("created").asInt()).isEqualTo(3);
        String exported = csv("A.VC_IHR_PSRC.454..", year, year);
        assertThat(exported.split("\n")[0]).isEqualTo(HEADER);
        assertThat(rows(exported)).containsExactly(
                FLOW + "A,VC_IHR_PSRC,454,F,_T," + year + ",1.8,PER_100000_POP,E",
                FLOW + "A,VC_IHR_PSRC,454,M,_T," + year + ",7.25,PER_100000_POP,E",
                FLOW + "A,VC_IHR_PSRC,454,_T,_T," + year + ",4.5,PER_100000_POP,C");

        importCsv(homicideRows("2", "8", "5"), false, "admin", 200);
        assertThat(csv("A.VC_IHR_PSRC.454..", year, year)).isNotEqualTo(exported);

        JsonNode back = importCsv(exported, false, "mel", 200);
        assertThat(back.get("updated").asInt()).isEqualTo(3);
        assertThat(back.get("rejected").asInt()).isZero();
        assertThat(csv("A.VC_IHR_PSRC.454..", year, year)).isEqualTo(exported);
        JsonNode again = importCsv(exported, true, "mel", 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void badKeysAndPeriodsAreRefusedNamingThePart() throws Exception {
        assertError("/sdmx/data/DF_SDG_VAC/A.VC_VAW_PHYPYV.404", 400, "140", "has 3 parts; it needs 5 (FREQ.SERIES.REF_AREA.SEX.AGE)");
        assertError("/sdmx/data/DF_SDG_VAC/A.VC_VAW_PHYPYV.9999.F._T", 400, "140",
                "key part 3 (REF_AREA): '9999' is not a code of CL_AREA");
        assertError("/sdmx/data/DF_SDG_VAC/X.VC_VAW_PHYPYV.404.F._T", 400, "140", "key part 1 (FREQ): 'X' is not a code of CL_FREQ");
        assertError("/sdmx/data/DF_SDG_VAC/A.VC_VAW_PHYPYV+NOT_A_SERIES.404.F._T", 400, "140",
                "key part 2 (SERIES): 'NOT_A_SERIES' is not a code of CL_SERIES");
        assertError("/sdmx/data/DF_SDG_VAC/A..404.F+Q._T", 400, "140", "key part 4 (SEX): 'Q' is not a code of CL_SEX");
        assertError("/sdmx/data/DF_SDG_VAC/all?startPeriod=20x5", 400, "140", "startPeriod '20x5' is not a period");
        assertError("/sdmx/data/DF_NOPE/all", 404, "100", "no dataflow 'DF_NOPE'");
        assertError("/sdmx/data/OTHER,DF_SDG_VAC,1.0/all", 404, "100", "no dataflow 'OTHER,DF_SDG_VAC,1.0'");
        assertError("/sdmx/datastructure/HAVEN/NOPE", 404, "100", "no data structure 'NOPE'");
        MvcResult json = mvc.perform(get("/sdmx/data/DF_SDG_VAC/all").header("Accept", "application/json"))
                .andExpect(status().isNotAcceptable()).andReturn();
        assertThat(json.getResponse().getContentAsString()).contains("code=\"406\"");
        assertThat(csv("A.VC_VAW_PHYPYV.404.F._T", "2000", "2000")).isEqualTo(HEADER + "\n");
    }

    private void assertError(String url, int status, String code, String message) throws Exception {
        MvcResult r = mvc.perform(get(url)).andExpect(status().is(status)).andReturn();
        byte[] body = r.getResponse().getContentAsByteArray();
        assertThat(SafeXml.validate(SdmxXmlWriterTest.MESSAGE, new ByteArrayInputStream(body))).isEmpty();
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("code=\"" + code + "\"").contains(message);
    }

    @Test
    void unapprovedValuesAreNotPublished() throws Exception {
        mvc.perform(post("/api/v1/datavalues").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD))
                        .contentType("application/json").content("[{\"dataElement\":\"VC_IHR_PSRC\",\"orgUnit\":\"MWI\","
                                + "\"period\":\"" + year + "\",\"categories\":{\"SEX\":\"F\"},\"value\":\"6.5\"}]"))
                .andExpect(status().isOk());
        assertThat(mvc.perform(get("/api/v1/datavalues").param("dataElement", "VC_IHR_PSRC").param("orgUnit", "MWI")
                        .param("period", year).with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andReturn().getResponse().getContentAsString()).contains("6.5");
        assertThat(rows(csv("A.VC_IHR_PSRC.454.F._T", year, year))).isEmpty();

        importCsv(homicideRows("6.5", "7", "6.75"), false, "mel", 200);
        assertThat(rows(csv("A.VC_IHR_PSRC.454.F._T", year, year))).singleElement().asString().contains(",6.5,");
    }
}
