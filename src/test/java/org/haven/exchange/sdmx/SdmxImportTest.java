package org.haven.exchange.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.haven.core.SafeXml;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SDMX-CSV import refusals (unknown codes with row numbers, wrong encoding, hostile XML, roles: nothing written),
 * small-cell suppression of published counts, and the whole shipped SDG extract as valid SDMX.
 */
@HavenDbTest
class SdmxImportTest {

    private static final String HEADER = SdmxApiTest.HEADER;
    private static final String FLOW = SdmxApiTest.FLOW;
    private static final AtomicInteger YEARS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1900, 1960));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String year = String.valueOf(YEARS.getAndIncrement());

    private JsonNode send(byte[] body, boolean dryRun, String user, int expected) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/exchange/sdmx/import").param("dryRun", String.valueOf(dryRun))
                        .with(httpBasic(user, TestDatabase.ADMIN_PASSWORD)).contentType("text/csv").content(body))
                .andExpect(status().is(expected)).andReturn();
        byte[] out = r.getResponse().getContentAsByteArray();
        return out.length == 0 ? null : json.readTree(out);
    }

    private long storedIn(String area) {
        return jdbc.sql("select count(*) from data_value where org_unit_code = :o and period = :p")
                .param("o", area).param("p", year).query(Long.class).single();
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'sdmx_import'").query(Long.class).single();
    }

    @Test
    void rowsWithUnknownCodesAreListedWithTheirNumbersAndNothingIsWritten() throws Exception {
        String csv = String.join("\n", HEADER,
                FLOW + "A,VC_IHR_PSRC,800,F,_T," + year + ",1.5,PER_100000_POP,E",
                FLOW + "A,VC_IHR_PSRC,999,F,_T," + year + ",1.5,PER_100000_POP,E",
                FLOW + "A,VC_IHR_PSRC,800,Q,_T," + year + ",1.5,PER_100000_POP,E",
                FLOW + "A,NOT_A_SERIES,800,F,_T," + year + ",1.5,,",
                FLOW + "A,VC_IHR_PSRC,800,M,_T," + year + "-Q1,1.5,,",
                FLOW + "A,VC_IHR_PSRC,800,M,_T," + year + ",many,,",
                FLOW + "A,VC_IHR_PSRC,800,F,_T," + year + ",1.6,PT,",
                "dataflow,HAVEN:DF_SDG_VAC(1.0),D,A,VC_IHR_PSRC,800,_T,_T," + year + ",1,,",
                FLOW + "A,VC_IHR_PSRC,800,_T,_T," + year + ",2.5,,XX", "");
        JsonNode dry = send(csv.getBytes(StandardCharsets.UTF_8), true, "mel", 200);
        assertThat(dry.get("created").asInt()).isEqualTo(1);
        List<String> rejected = dry.get("rejections").valueStream()
                .map(r -> r.get("row").asInt() + ":" + r.get("reason").asString()).toList();
        assertThat(rejected).containsExactly(
                "3:REF_AREA '999' is not the UN M49 code of an org unit in Haven",
                "4:SEX 'Q' is not an option of SEX, which disaggregates VC_IHR_PSRC",
                "5:SERIES 'NOT_A_SERIES' is not a code of CL_SERIES",
                "6:TIME_PERIOD '" + year + "-Q1' is not a period of FREQ A (A: 2025, Q: 2025-Q2, M: 2025-04)",
                "7:OBS_VALUE 'many' is not a number",
                "8:UNIT_MEASURE PT differs from the unit of VC_IHR_PSRC in Haven (PER_100000_POP)",
                "9:ACTION D (delete) is not imported: Haven deletes values only in its own pages",
                "10:NATURE 'XX' is not a code of CL_NATURE");
        assertThat(dry.get("unknownCodes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("REF_AREA 999", "SEX Q", "SERIES NOT_A_SERIES", "NATURE XX");

        JsonNode refused = send(csv.getBytes(StandardCharsets.UTF_8), false, "mel", 400);
        assertThat(refused.get("committed").asBoolean()).isFalse();
        assertThat(refused.get("refusal").asString()).contains("nothing was written");
        assertThat(storedIn("UGA")).isZero();
    }

    @Test
    void unreadableFilesAreRefusedAndChangeNothing() throws Exception {
        String good = FLOW + "A,VC_IHR_PSRC,800,_T,_T," + year + ",2.5,,";
        byte[] latin1 = (HEADER + "\n" + good + ",Côte\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(send(latin1, false, "mel", 400).get("refusal").asString()).contains("not UTF-8");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n";
        assertThat(send(xxe.getBytes(StandardCharsets.UTF_8), false, "mel", 400).get("refusal").asString())
                .contains("cannot be read").contains("nothing was written");
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<l>&b;</l>";
        assertThat(send(laughs.getBytes(StandardCharsets.UTF_8), true, "mel", 400).get("refusal").asString())
                .contains("cannot be read");
        assertThat(send(new byte[0], true, "mel", 400).get("refusal").asString()).contains("empty");
        assertThat(storedIn("UGA")).isZero();

        send((HEADER + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8), true, "viewer", 403);
        send((HEADER + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8), true, "programme", 403);
        mvc.perform(get("/exchange/sdmx").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/exchange/sdmx").with(httpBasic("programme", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void smallCountsAreSuppressedLikeOnThePublicDashboards() throws Exception {
        if (jdbc.sql("select count(*) from data_element where code = 'VC_VOC_ENFDIS'").query(Long.class).single() == 0) {
            mvc.perform(post("/dataelements").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                    .param("code", "VC_VOC_ENFDIS").param("name", "Cases of enforced disappearance")
                    .param("valueType", "INTEGER").param("aggregationOrg", "SUM").param("aggregationTime", "SUM")
                    .param("categories", "SEX")).andExpect(status().is3xxRedirection());
        }
        String csv = String.join("\n", HEADER,
                FLOW + "A,VC_VOC_ENFDIS,800,F,_T," + year + ",3,,",
                FLOW + "A,VC_VOC_ENFDIS,800,M,_T," + year + ",40,,",
                FLOW + "A,VC_VOC_ENFDIS,800,_T,_T," + year + ",43,,", "");
        long audited = audits();
        assertThat(send(csv.getBytes(StandardCharsets.UTF_8), false, "mel", 200).get("created").asInt()).isEqualTo(3);
        assertThat(storedIn("UGA")).isEqualTo(3);
        assertThat(audits()).isEqualTo(audited + 1);
        String out = mvc.perform(get("/sdmx/data/DF_SDG_VAC/A.VC_VOC_ENFDIS.800..").param("format", "csv")
                .param("startPeriod", year).param("endPeriod", year)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        List<String> rows = SdmxApiTest.rows(out);
        assertThat(rows).contains(FLOW + "A,VC_VOC_ENFDIS,800,_T,_T," + year + ",43,,");
        assertThat(rows).noneMatch(r -> r.contains(",800,F,"));
        assertThat(rows).noneMatch(r -> r.contains(",3,"));
    }

    @Test
    void theShippedSdgExtractIsPublishedAsValidSdmx() throws Exception {
        long start = System.nanoTime();
        MvcResult r = mvc.perform(get("/sdmx/data/DF_SDG_VAC/all").header("Accept", SdmxXmlWriter.DATA_MEDIA_TYPE))
                .andExpect(status().isOk()).andReturn();
        long millis = (System.nanoTime() - start) / 1_000_000;
        byte[] body = r.getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text.split("<Obs ", -1).length).as("observations, written in %d ms", millis).isGreaterThan(1000);
        assertThat(text).contains("SERIES=\"VC_IHR_PSRC\" REF_AREA=\"404\" SEX=\"F\" AGE=\"_T\" TIME_PERIOD=\"2014\" OBS_VALUE=\"2.22268\" UNIT_MEASURE=\"PER_100000_POP\" NATURE=\"C\"");
        assertThat(SafeXml.validate(SdmxXmlWriterTest.DATA, new ByteArrayInputStream(body))).isEmpty();
        System.out.println("SDMX all data: " + (text.split("<Obs ", -1).length - 1) + " observations in " + millis + " ms");
    }
}
