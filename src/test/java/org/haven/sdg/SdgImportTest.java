package org.haven.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SDG import API on both layouts: dry run counts, rejected rows with their numbers, commits, idempotence. */
@HavenDbTest
class SdgImportTest {

    private static final String API_HEADER = "Goal,Target,Indicator,SeriesCode,SeriesDescription,GeoAreaCode,"
            + "GeoAreaName,TimePeriod,Value,Time_Detail,Source,Nature,Units,[Sex],[Age]";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    /** A year no other test stores SDG values for. */
    private final String year = String.valueOf(ThreadLocalRandom.current().nextInt(2031, 2100));

    private JsonNode send(byte[] body, String query, String user, int expected) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/sdg/import?" + query).with(httpBasic(user, TestDatabase.ADMIN_PASSWORD))
                        .contentType("application/octet-stream").content(body))
                .andExpect(status().is(expected)).andReturn();
        return r.getResponse().getContentAsByteArray().length == 0 ? null
                : json.readTree(r.getResponse().getContentAsByteArray());
    }

    private JsonNode send(String csv, String query, int expected) throws Exception {
        return send(csv.getBytes(StandardCharsets.UTF_8), query, "mel", expected);
    }

    private long stored(String element) {
        return jdbc.sql("select count(*) from data_value where data_element_code = :e and period = :p")
                .param("e", element).param("p", year).query(Long.class).single();
    }

    private static List<String> rejected(JsonNode summary) {
        return summary.get("rejections").valueStream().map(r -> r.get("row").asInt() + ":" + r.get("reason").asString())
                .toList();
    }

    private String apiCsv() {
        return String.join("\n", API_HEADER,
                "16,16.2,16.2.1,VC_VAW_PHYPYV,Children 1-14 disciplined violently,404,Kenya," + year
                        + ",71.5,,MICS 2014,C,PERCENT,BOTHSEX,1-14",
                "16,16.2,16.2.1,VC_VAW_PHYPYV,Children 1-14 disciplined violently,999,Atlantis," + year
                        + ",10,,Survey,C,PERCENT,BOTHSEX,1-14",
                "1,1.1,1.1.1,SI_POV_DAY1,Poverty,404,Kenya," + year + ",20,,WB,C,PERCENT,BOTHSEX,ALLAGE",
                "16,16.2,16.2.1,VC_VAW_PHYPYV,Children 1-14 disciplined violently,404,Kenya," + year
                        + ",70.1,,MICS 2014,C,PERCENT,FEMALE,1-14",
                "16,16.1,16.1.1,VC_IHR_PSRC,Homicide rate,404,Kenya," + year
                        + ",1.8,2016-2017,UNODC,E,PER_100000_POP,FEMALE,",
                "");
    }

    @Test
    void apiLayoutDryRunCountsAndListsRejectedRowsThenCommitsOnlyWhenTheyAreSkipped() throws Exception {
        JsonNode dry = send(apiCsv(), "dryRun=true", 200);
        assertThat(dry.get("created").asInt()).isEqualTo(2);
        assertThat(dry.get("rejected").asInt()).isEqualTo(3);
        assertThat(rejected(dry)).satisfiesExactly(
                r -> assertThat(r).startsWith("3:area 999 (Atlantis) is not an org unit in Haven"),
                r -> assertThat(r).startsWith("4:series SI_POV_DAY1 is not one of the SDG series Haven follows"),
                r -> assertThat(r).startsWith("5:VC_VAW_PHYPYV is not disaggregated by sex"));
        assertThat(stored("VC_VAW_PHYPYV") + stored("VC_IHR_PSRC")).isZero();

        JsonNode refused = send(apiCsv(), "dryRun=false", 400);
        assertThat(refused.get("committed").asBoolean()).isFalse();
        assertThat(refused.get("refusal").asString()).contains("nothing was written");
        assertThat(stored("VC_VAW_PHYPYV") + stored("VC_IHR_PSRC")).isZero();

        JsonNode committed = send(apiCsv(), "dryRun=false&skipRejected=true", 200);
        assertThat(committed.get("committed").asBoolean()).isTrue();
        assertThat(committed.get("created").asInt()).isEqualTo(2);
        assertThat(stored("VC_VAW_PHYPYV")).isEqualTo(1);
        assertThat(jdbc.sql("""
                select nature || '|' || origin || '|' || comment || '|' || combo from data_value
                where data_element_code = 'VC_IHR_PSRC' and org_unit_code = 'KEN' and period = :p""")
                .param("p", year).query(String.class).single())
                .isEqualTo("E|UN SDG Global Database (UN SDG API)|Source: UNODC. Time detail: 2016-2017|SEX:F");

        JsonNode again = send(apiCsv(), "dryRun=false&skipRejected=true", 200);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);

        JsonNode listed = json.readTree(mvc.perform(get("/api/v1/datavalues").param("dataElement", "VC_VAW_PHYPYV")
                        .param("orgUnit", "KEN").param("period", year)
                        .with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(listed.get(0).get("nature").asString()).isEqualTo("C");
        assertThat(listed.get(0).get("origin").asString()).isEqualTo("UN SDG Global Database (UN SDG API)");
        assertThat(listed.get(0).get("demo").asBoolean()).isFalse();
    }

    private byte[] ddfZip(String datapoints) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ddf--unstats--sdg_indicators/series.csv"));
            zip.write(("concept,concept_type,description,goal,indicator,name,target\n"
                    + "vc_htf_detvfl,measure,\"Detected victims of trafficking for forced labour (number)\",16,16.2.2,"
                    + "VC_HTF_DETVFL,16.2\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("ddf--unstats--sdg_indicators/"
                    + "ddf--datapoints--vc_htf_detvfl--by--age--geo_area--nature--sex--units--year.csv"));
            zip.write(datapoints.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void ddfLayoutFromAZipAndFromASingleDatapointsFile() throws Exception {
        String datapoints = "age,geo_area,nature,sex,units,year,vc_htf_detvfl\n"
                + "lt18y,76,c,female," + "number," + year + ",12\n"
                + "18,76,c,male,number," + year + ",40\n"
                + "allage,76,c,male,number," + year + ",47\n"
                + "allage,199,c,male,number," + year + ",47\n";
        JsonNode committed = send(ddfZip(datapoints), "dryRun=false&skipRejected=true", "admin", 200);
        assertThat(committed.get("layouts").get(0).asString()).isEqualTo("DDF");
        assertThat(committed.get("created").asInt()).isEqualTo(3);
        assertThat(rejected(committed)).singleElement().asString().startsWith("5:area 199");
        assertThat(jdbc.sql("select combo from data_value where data_element_code = 'VC_HTF_DETVFL' and org_unit_code = 'BRA'"
                        + " and period = :p order by combo").param("p", year).query(String.class).list())
                .containsExactly("AGE_CHILD_ADULT:Y0T17;SEX:F", "AGE_CHILD_ADULT:Y_GE18;SEX:M", "SEX:M");
        assertThat(jdbc.sql("select distinct origin from data_value where data_element_code = 'VC_HTF_DETVFL' and period = :p")
                .param("p", year).query(String.class).single()).isEqualTo("UN SDG Global Database (Gapminder DDF extract)");

        String changed = datapoints.replace(",12\n", ",13\n");
        JsonNode single = send(changed.getBytes(StandardCharsets.UTF_8),
                "dryRun=true&name=ddf--datapoints--vc_htf_detvfl--by--age--geo_area--nature--sex--units--year.csv",
                "mel", 200);
        assertThat(single.get("updated").asInt()).isEqualTo(1);
        assertThat(single.get("unchanged").asInt()).isEqualTo(2);
        assertThat(single.get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadWritesNothingEvenWhenRejectedRowsAreSkipped() throws Exception {
        String unknown = "country,year,value\nKEN," + year + ",1\n";
        JsonNode dry = send(unknown, "dryRun=true", 200);
        assertThat(rejected(dry)).singleElement().asString().startsWith("1:unknown layout");
        JsonNode refused = send(unknown, "dryRun=false&skipRejected=true", 400);
        assertThat(refused.get("refusal").asString()).contains("could not be read");

        String missing = "SeriesCode,GeoAreaCode,Value\nVC_VAW_PHYPYV,404,1\n";
        assertThat(rejected(send(missing, "dryRun=true", 200))).singleElement().asString()
                .startsWith("1:missing column timeperiod");
    }

    @Test
    void aNewAgeGroupIsAddedOnCommitOnlyAndTheDryRunLeavesTheRegistryAsItWas() throws Exception {
        String band = String.valueOf(ThreadLocalRandom.current().nextInt(30, 90));
        String csv = API_HEADER + "\n16,16.2,16.2.1,VC_VAW_PHYPYV,Children disciplined violently,404,Kenya," + year
                + ",50,,MICS,C,PERCENT,BOTHSEX," + band + "-" + (Integer.parseInt(band) + 200) + "\n";
        String code = "Y" + band + "T" + (Integer.parseInt(band) + 200);
        JsonNode dry = send(csv, "dryRun=true", 200);
        assertThat(dry.get("newAgeGroups").get(0).asString()).isEqualTo(code);
        assertThat(options(code)).isZero();
        send(csv, "dryRun=false", 200);
        assertThat(options(code)).isEqualTo(1);
        assertThat(jdbc.sql("select combo from data_value where data_element_code = 'VC_VAW_PHYPYV' and period = :p")
                .param("p", year).query(String.class).single()).isEqualTo("AGE:" + code);
    }

    private long options(String code) {
        return jdbc.sql("select count(*) from category_option where category_code = 'AGE' and code = :c")
                .param("c", code).query(Long.class).single();
    }

    @Test
    void onlyAdminsAndMelOfficersImport() throws Exception {
        send(apiCsv().getBytes(StandardCharsets.UTF_8), "dryRun=true", "viewer", 403);
        send(apiCsv().getBytes(StandardCharsets.UTF_8), "dryRun=true", "focal.ken", 403);
        mvc.perform(get("/data/sdg-import").with(httpBasic("programme", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/data/sdg-import").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
        JsonNode log = json.readTree(mvc.perform(get("/api/v1/sdg/imports")
                        .with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(log.valueStream().map(i -> i.get("origin").asString()))
                .contains(SdgImportService.SHIPPED_ORIGIN);
    }
}
