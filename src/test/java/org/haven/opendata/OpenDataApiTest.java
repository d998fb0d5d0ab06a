package org.haven.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.opendata.OpenDataFixtures.value;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsResult;
import org.haven.analytics.AnalyticsRow;
import org.haven.data.ApprovalService;
import org.haven.data.DataValueService;
import org.haven.data.ValueSource;
import org.haven.testsupport.HavenDbTest;
import org.haven.user.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public open-data API, called without login: only approved values, small cells suppressed exactly as in the
 * public view the dashboards use (same engine, same threshold), in JSON and CSV; metadata sheets; bad parameters.
 */
@HavenDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    ApprovalService approvals;

    @Autowired
    Analytics analytics;

    @Autowired
    JsonMapper json;

    @Value("${haven.public.min-cell-count:5}")
    int threshold;

    String element;
    String indicator;

    /**
     * 2024: KEN threshold-1 (approved), UGA 40 and TZA 60 (approved), RWA 25 (not approved). 2023: KEN threshold-1
     * alone and UGA exactly the threshold, both approved, each asked for alone in the threshold test.
     */
    @BeforeAll
    void values() {
        element = OpenDataFixtures.element(jdbc, "");
        indicator = OpenDataFixtures.countIndicator(jdbc, element, "SDG 16.2.2");
        String ds = OpenDataFixtures.dataSet(jdbc, element);
        values.write(List.of(value(element, "KEN", "2024", Map.of(), threshold - 1),
                value(element, "UGA", "2024", Map.of(), 40), value(element, "TZA", "2024", Map.of(), 60),
                value(element, "RWA", "2024", Map.of(), 25), value(element, "KEN", "2023", Map.of(), threshold - 1),
                value(element, "UGA", "2023", Map.of(), threshold)), ValueSource.IMPORT);
        OpenDataFixtures.signIn("mel", Role.MEL_OFFICER);
        try {
            for (String ou : List.of("KEN", "UGA", "TZA")) {
                approvals.approve(ds, ou, "2024");
            }
            approvals.approve(ds, "KEN", "2023");
            approvals.approve(ds, "UGA", "2023");
        } finally {
            OpenDataFixtures.signIn(null);
        }
    }

    private JsonNode getJson(String url) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private List<CSVRecord> getCsv(String url) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))
                .getRecords();
    }

    private String dataUrl(String orgUnits, String periods) {
        return "/api/v1/public/data?indicator=" + indicator + "&orgUnit=" + orgUnits + "&period=" + periods;
    }

    @Test
    void unapprovedValuesNeverReachThePublicApi() throws Exception {
        JsonNode rows = getJson(dataUrl("KEN,UGA,TZA,RWA,014", "2024")).get("rows");
        List<String> units = new ArrayList<>();
        rows.forEach(r -> units.add(r.get("orgUnit").asString()));
        assertThat(units).doesNotContain("RWA").contains("KEN", "UGA", "TZA");
        // the Eastern Africa total is made of approved values only: never 25 or a sum including it
        rows.forEach(r -> {
            if (!r.get("value").isNull()) {
                assertThat(r.get("value").asDouble()).isIn(40.0, 60.0, 100.0 + threshold - 1, 100.0);
            }
        });
        List<CSVRecord> csv = getCsv(dataUrl("KEN,UGA,TZA,RWA,014", "2024") + "&format=csv");
        assertThat(csv).extracting(r -> r.get("org_unit")).doesNotContain("RWA");
        assertThat(csv).extracting(r -> r.get("value")).doesNotContain("25");
    }

    @Test
    void smallCellsAreSuppressedLikeThePublicDashboardsInJsonAndCsv() throws Exception {
        String url = dataUrl("KEN,UGA,TZA,014", "2024");
        JsonNode body = getJson(url);
        assertThat(body.get("suppression").get("minCellCount").asInt()).isEqualTo(threshold);
        Map<String, JsonNode> byUnit = new HashMap<>();
        body.get("rows").forEach(r -> byUnit.put(r.get("orgUnit").asString(), r));
        assertThat(byUnit.get("KEN").get("value").isNull()).isTrue();
        assertThat(byUnit.get("KEN").get("flag").asString()).isEqualTo("suppressed");

        // the same cells are hidden as in the public view the dashboards read
        AnalyticsResult publicView = analytics.query(AnalyticsQuery.of(List.of(indicator),
                List.of("KEN", "UGA", "TZA", "014"), List.of("2024")).publicView(true));
        Set<String> hiddenByEngine = new TreeSet<>();
        for (AnalyticsRow r : publicView.rows()) {
            if (r.suppressed()) {
                hiddenByEngine.add(r.keys().get(1));
            }
        }
        Set<String> hiddenByApi = new TreeSet<>();
        byUnit.forEach((ou, r) -> {
            if (!r.get("flag").isNull() && "suppressed".equals(r.get("flag").asString())) {
                hiddenByApi.add(ou);
                assertThat(r.get("value").isNull()).isTrue();
            }
        });
        assertThat(hiddenByApi).isEqualTo(hiddenByEngine).contains("KEN");

        List<CSVRecord> csv = getCsv(url + "&format=csv");
        Set<String> hiddenInCsv = new TreeSet<>();
        for (CSVRecord r : csv) {
            if (r.get("flag").equals("suppressed")) {
                hiddenInCsv.add(r.get("org_unit"));
                assertThat(r.get("value")).isEmpty();
            } else {
                assertThat(r.get("value")).isNotEmpty();
            }
        }
        assertThat(hiddenInCsv).isEqualTo(hiddenByEngine);
    }

    @Test
    void theThresholdIsTheDashboardsOne() throws Exception {
        JsonNode below = getJson(dataUrl("KEN", "2023")).get("rows").get(0);
        assertThat(below.get("flag").asString()).isEqualTo("suppressed");
        assertThat(below.get("value").isNull()).isTrue();
        JsonNode at = getJson(dataUrl("UGA", "2023")).get("rows").get(0);
        assertThat(at.get("flag").isNull()).isTrue();
        assertThat(at.get("value").asDouble()).isEqualTo(threshold);
    }

    @Test
    void csvIsWellFormedWithLicenceAndCitation() throws Exception {
        String body = mvc.perform(get(dataUrl("UGA,TZA", "2024")).accept("text/csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        String[] lines = body.split("\r\n");
        assertThat(lines[0]).isEqualTo("indicator,indicator_name,org_unit,org_unit_name,period,value,flag,unit,nature,"
                + "source,licence,demo,citation");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        assertThat(rows).hasSize(2);
        for (CSVRecord r : rows) {
            assertThat(r.size()).isEqualTo(13);
            assertThat(r.get("indicator")).isEqualTo(indicator);
            assertThat(r.get("period")).isEqualTo("2024");
            assertThat(r.get("licence")).isEqualTo("CC-BY-4.0");
            assertThat(r.get("unit")).isEqualTo("children");
            assertThat(r.get("citation")).startsWith("UNODC and OSRSG-VAC, Haven open data, " + indicator)
                    .contains("retrieved " + OpenDataTerms.today());
        }
        assertThat(rows).extracting(r -> r.get("org_unit") + "=" + r.get("value")).containsExactlyInAnyOrder("UGA=40",
                "TZA=60");
        // split by sex: one column per category
        List<CSVRecord> bySex = getCsv(dataUrl("UGA", "2024") + "&by=SEX&format=csv");
        assertThat(bySex.isEmpty() || bySex.get(0).isMapped("SEX")).isTrue();
    }

    @Test
    void jsonCarriesLicenceCitationAndNoPersonalData() throws Exception {
        String body = mvc.perform(get(dataUrl("UGA,TZA", "2024"))).andExpect(status().isOk())
                .andExpect(header().stringValues("Link", org.hamcrest.Matchers.hasItem(
                        "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"")))
                .andExpect(jsonPath("$.licences[0].id").value("CC-BY-4.0"))
                .andExpect(jsonPath("$.citation").value(org.hamcrest.Matchers.startsWith(
                        "UNODC and OSRSG-VAC, Haven open data, " + indicator)))
                .andExpect(jsonPath("$.rows[0].licence").value("CC-BY-4.0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("\"mel\"").doesNotContainIgnoringCase("approvedBy")
                .doesNotContainIgnoringCase("updatedBy");
    }

    @Test
    void metadataSheetHasDefinitionSourceDisaggregationsUnitCustodianLicenceAndCitation() throws Exception {
        String sexElement = OpenDataFixtures.element(jdbc, "SEX");
        String sexIndicator = OpenDataFixtures.countIndicator(jdbc, sexElement, "SDG 16.2.2");
        mvc.perform(get("/api/v1/public/indicators/" + sexIndicator)).andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator.code").value(sexIndicator))
                .andExpect(jsonPath("$.indicator.definition").value("Number of children in the open-data test " + sexIndicator))
                .andExpect(jsonPath("$.indicator.dataSource").value("National police records (test)"))
                .andExpect(jsonPath("$.indicator.responsibleOffice").value("UNODC Justice Section (test)"))
                .andExpect(jsonPath("$.indicator.custodian").value("UNODC"))
                .andExpect(jsonPath("$.indicator.internationalCode").value("SDG 16.2.2"))
                .andExpect(jsonPath("$.indicator.unit").value("children"))
                .andExpect(jsonPath("$.indicator.type").value("COUNT"))
                .andExpect(jsonPath("$.indicator.disaggregations[0].code").value("SEX"))
                .andExpect(jsonPath("$.indicator.disaggregations[0].options[*].code")
                        .value(org.hamcrest.Matchers.hasItems("F", "M")))
                .andExpect(jsonPath("$.licence.id").value("CC-BY-4.0"))
                .andExpect(jsonPath("$.dataLicences[*].id").value(org.hamcrest.Matchers.contains("CC-BY-4.0")))
                .andExpect(jsonPath("$.citation").value(org.hamcrest.Matchers.startsWith(
                        "UNODC and OSRSG-VAC, Haven open data, " + sexIndicator)))
                .andExpect(jsonPath("$.links.csv").value(org.hamcrest.Matchers.endsWith(
                        "/api/v1/public/data?indicator=" + sexIndicator + "&format=csv")));
        mvc.perform(get("/api/v1/public/indicators/NO_SUCH_INDICATOR")).andExpect(status().isNotFound());
    }

    @Test
    void indicatorListAndOrgUnitsAreOpenInJsonAndCsv() throws Exception {
        JsonNode list = getJson("/api/v1/public/indicators");
        assertThat(list.get("licence").get("id").asString()).isEqualTo("CC-BY-4.0");
        assertThat(list.get("citation").asString()).startsWith("UNODC and OSRSG-VAC, Haven open data, indicator list");
        List<String> metadata = new ArrayList<>();
        list.get("indicators").forEach(i -> {
            if (i.get("code").asString().equals(indicator)) {
                metadata.add(i.get("links").get("metadata").asString());
            }
        });
        assertThat(metadata).singleElement().asString().endsWith("/api/v1/public/indicators/" + indicator);
        assertThat(getCsv("/api/v1/public/indicators?format=csv")).extracting(r -> r.get("code")).contains(indicator);

        JsonNode units = getJson("/api/v1/public/orgunits?type=COUNTRY");
        List<String> codes = new ArrayList<>();
        units.get("orgUnits").forEach(u -> codes.add(u.get("code").asString()));
        assertThat(codes).contains("KEN", "UGA").doesNotContain("001");
        assertThat(getCsv("/api/v1/public/orgunits?parent=014&format=csv")).extracting(r -> r.get("code"))
                .contains("KEN", "UGA", "TZA");
    }

    @Test
    void badParametersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/public/data")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get("/api/v1/public/data?indicator=NO_SUCH_INDICATOR")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get(dataUrl("KEN", "20x4"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(get(dataUrl("NOWHERE", "2024"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orgUnit"));
        mvc.perform(get(dataUrl("KEN", "2024") + "&format=xml")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        // a CSV client gets the problem as JSON too, not an empty file
        mvc.perform(get("/api/v1/public/data?indicator=NO_SUCH_INDICATOR").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get("/api/v1/public/orgunits?type=PLANET")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }
}
