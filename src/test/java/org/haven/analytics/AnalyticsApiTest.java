package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.analytics.Fixtures.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.data.DataValueService;
import org.haven.data.ValueSource;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/analytics: column order as asked, JSON, CSV and Excel, 400 naming the parameter, login required. */
@HavenDbTest
class AnalyticsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    private String element;

    @BeforeEach
    void data() {
        element = Fixtures.element(jdbc, "API_E", "SEX,AGE_CHILD", "SUM", "SUM");
        values.write(List.of(value(element, "KEN", "2024", Map.of("SEX", "F", "AGE_CHILD", "Y0T4"), 3),
                value(element, "KEN", "2024", Map.of("SEX", "M", "AGE_CHILD", "Y0T4"), 5),
                value(element, "KEN", "2024", Map.of("SEX", "F", "AGE_CHILD", "Y5T9"), 7)), ValueSource.IMPORT);
    }

    private MvcResult call(String query, int expected) throws Exception {
        return mvc.perform(get("/api/v1/analytics?" + query).with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().is(expected)).andReturn();
    }

    private static List<String> headers(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("headers").forEach(h -> out.add(h.get("name").asString()));
        return out;
    }

    @Test
    void columnsFollowTheOrderOfTheParametersInTheQueryString() throws Exception {
        JsonNode body = JSON.readTree(call("pe=2024&by=SEX,AGE_CHILD&ou=KEN&dx=" + element, 200)
                .getResponse().getContentAsString());

        assertThat(headers(body)).startsWith("pe", "SEX", "AGE_CHILD", "ou", "dx", "value", "numerator",
                "denominator", "baseline", "target", "percentOfTarget", "status");
        assertThat(body.get("rows")).hasSize(3);
        JsonNode first = body.get("rows").get(0);
        assertThat(first.get(0).asString()).isEqualTo("2024");
        assertThat(first.get(1).asString()).isEqualTo("F");
        assertThat(first.get(2).asString()).isEqualTo("Y0T4");
        assertThat(first.get(3).asString()).isEqualTo("KEN");
        assertThat(first.get(4).asString()).isEqualTo(element);
        assertThat(first.get(5).asDouble()).isEqualTo(3.0);
        assertThat(body.get("metaData").get("names").get("KEN").asString()).isEqualTo("Kenya");

        JsonNode plain = JSON.readTree(call("dx=" + element + "&ou=KEN&pe=2024", 200).getResponse().getContentAsString());
        assertThat(headers(plain)).startsWith("dx", "ou", "pe", "value");
        assertThat(plain.get("rows").get(0).get(3).asDouble()).isEqualTo(15.0);
    }

    @Test
    void csvAndExcelHoldTheSameTable() throws Exception {
        MvcResult csv = call("ou=KEN&dx=" + element + "&pe=2024&by=SEX&format=csv", 200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).startsWith("ou", "dx", "pe", "SEX", "value");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("SEX")).isEqualTo("F");
        assertThat(records.get(0).get("value")).isEqualTo("10");
        assertThat(records.get(1).get("value")).isEqualTo("5");
        assertThat(records.get(0).get("status")).isEqualTo("NO_TARGET");

        MvcResult xlsx = call("ou=KEN&dx=" + element + "&pe=2024&by=SEX&format=xlsx", 200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("ou");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("SEX");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("value");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("F");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(10.0);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(5.0);
        }
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        assertThat(problemFields(call("dx=" + element + "&ou=KEN&pe=2024W7", 400))).containsExactly("pe");
        assertThat(problemFields(call("dx=NO_SUCH&ou=KEN&pe=2024", 400))).containsExactly("dx");
        assertThat(problemFields(call("dx=" + element + "&ou=ATLANTIS&pe=2024", 400))).containsExactly("ou");
        assertThat(problemFields(call("dx=" + element + "&ou=KEN&pe=2024&by=COLOUR", 400))).containsExactly("by");
        assertThat(problemFields(call("dx=" + element + "&ou=KEN&pe=2024&filter=colour:red", 400))).containsExactly("filter");
        assertThat(problemFields(call("dx=" + element + "&ou=KEN&pe=2024&format=pdf", 400))).containsExactly("format");
        assertThat(problemFields(call("dx=" + element + "&ou=KEN&pe=2024&view=forever", 400))).containsExactly("view");
        assertThat(problemFields(call("ou=KEN&pe=2024", 400))).containsExactly("dx");
    }

    private static List<String> problemFields(MvcResult result) throws Exception {
        assertThat(result.getResponse().getContentType()).contains("problem+json");
        List<String> out = new ArrayList<>();
        JSON.readTree(result.getResponse().getContentAsString()).get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    @Test
    void filtersAndViewsAreReadFromTheParameters() throws Exception {
        JsonNode approved = JSON.readTree(call("dx=" + element + "&ou=KEN&pe=2024&filter=approval:APPROVED", 200)
                .getResponse().getContentAsString());
        assertThat(approved.get("rows")).isEmpty();
        JsonNode partner = JSON.readTree(call("dx=" + element + "&ou=KEN&pe=2024&filter=partner:NONE", 200)
                .getResponse().getContentAsString());
        assertThat(partner.get("rows").get(0).get(3).asDouble()).isEqualTo(15.0);
        JsonNode latest = JSON.readTree(call("dx=" + element + "&ou=KEN&pe=2026&view=latest", 200)
                .getResponse().getContentAsString());
        assertThat(latest.get("rows").get(0).get(3).asDouble()).isEqualTo(15.0);
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        int status = mvc.perform(get("/api/v1/analytics").param("dx", element).param("ou", "KEN").param("pe", "2024"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(401, 403);
    }
}
