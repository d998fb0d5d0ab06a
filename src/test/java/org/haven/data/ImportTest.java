package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** Import, export and the Excel template through the API and download URLs, as the MEL officer. */
@HavenDbTest
class ImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private String element;
    private String dataSet;

    /** A test-only count element disaggregated by SEX, in a test-only yearly data set: no other test touches it. */
    @BeforeEach
    void element() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        element = "IMP_E" + suffix;
        dataSet = "IMP_DS" + suffix;
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into data_element (code, name, value_type, aggregation_org, aggregation_time, version, created_at, updated_at)
                values (:code, 'Import test element', 'INTEGER', 'SUM', 'SUM', 0, :now, :now)""")
                .param("code", element).param("now", now).update();
        jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, 'SEX', 0)")
                .param("e", element).update();
        jdbc.sql("""
                insert into data_set (code, name, period_type, open_days_after_period_end, version, created_at, updated_at)
                values (:code, :code, 'YEARLY', 0, 0, :now, :now)""").param("code", dataSet).param("now", now).update();
        jdbc.sql("insert into data_set_element (data_set_code, data_element_code, sort_order) values (:d, :e, 0)")
                .param("d", dataSet).param("e", element).update();
    }

    private JsonNode importCsv(String csv, boolean dryRun, int expectedStatus) throws Exception {
        return importBytes(csv.getBytes(StandardCharsets.UTF_8), "text/csv", dryRun, expectedStatus);
    }

    private JsonNode importBytes(byte[] body, String type, boolean dryRun, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/datavalues/import").param("dryRun", String.valueOf(dryRun))
                        .with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)).contentType(type).content(body))
                .andExpect(status().is(expectedStatus)).andReturn();
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private int stored() {
        return jdbc.sql("select count(*) from data_value where data_element_code = :e").param("e", element)
                .query(Integer.class).single();
    }

    private static List<String> rejections(JsonNode summary) {
        return summary.get("rejectedRows").valueStream()
                .map(r -> r.get("row").asInt() + ":" + r.get("column").asString()).toList();
    }

    @Test
    void everyKindOfBadRowIsRejectedWithItsRowAndColumnAndNothingIsWritten() throws Exception {
        String csv = String.join("\n",
                "data_element,org_unit,period,SEX,value,comment",
                element + ",KEN,2019,F,10,fine",
                element + ",KEN,2019Q5,M,11,bad period",
                element + ",XXX,2019,F,12,unknown org unit",
                element + ",BRA,2019,F,twelve,text in a number cell",
                element + ",UGA,2019,F,13,duplicate",
                element + ",UGA,2019,F,14,duplicate again",
                element + ",TZA,2019,Q,15,wrong option",
                "") ;
        JsonNode dry = importCsv(csv, true, 200);
        assertThat(rejections(dry)).containsExactly("3:period", "4:org_unit", "5:value", "6:", "7:", "8:SEX");
        assertThat(dry.get("rejectedRows").get(3).get("message").asString()).contains("row 7");
        assertThat(dry.get("rejectedRows").get(4).get("message").asString()).contains("row 6");
        assertThat(dry.get("rejected").asInt()).isEqualTo(6);
        assertThat(dry.get("created").asInt()).isEqualTo(1);

        JsonNode refused = importCsv(csv, false, 400);
        assertThat(rejections(refused)).containsExactly("3:period", "4:org_unit", "5:value", "6:", "7:", "8:SEX");
        assertThat(stored()).isZero();
    }

    @Test
    void fileLevelProblemsAreReportedAtTheirRow() throws Exception {
        JsonNode unknownColumn = importCsv("data_element,org_unit,period,colour,value\n" + element + ",KEN,2019,red,1\n",
                true, 200);
        assertThat(rejections(unknownColumn)).containsExactly("1:colour");
        assertThat(unknownColumn.get("rejectedRows").get(0).get("message").asString()).contains("Unknown column header");

        JsonNode empty = importCsv("", true, 200);
        assertThat(rejections(empty)).containsExactly("1:");
        assertThat(empty.get("rejectedRows").get(0).get("message").asString()).contains("empty");

        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes(("data_element,org_unit,period,value,comment\n" + element + ",KEN,2019,1,ok\n"
                + element + ",KEN,2018,1,caf").getBytes(StandardCharsets.UTF_8));
        latin1.write(0xE9);
        latin1.write('\n');
        JsonNode encoding = importBytes(latin1.toByteArray(), "text/csv", false, 400);
        assertThat(rejections(encoding)).containsExactly("3:comment");
        assertThat(encoding.get("rejectedRows").get(0).get("message").asString()).contains("not UTF-8");
        assertThat(stored()).isZero();
    }

    @Test
    void aCleanFileIsCountedCommittedAndThenUnchanged() throws Exception {
        String csv = "data_element,org_unit,period,SEX,value,comment,follow_up\n"
                + element + ",KEN,2019,F,10,,false\n"
                + element + ",KEN,2019,M,12,checked,true\n"
                + element + ",KEN,2019,,22,,\n"
                + element + ",KEN,2020,,,,\n";
        JsonNode dry = importCsv(csv, true, 200);
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("created").asInt()).isEqualTo(3);
        assertThat(dry.get("skipped").asInt()).isEqualTo(1);
        assertThat(dry.get("rejectedRows")).isEmpty();
        assertThat(stored()).isZero();

        JsonNode commit = importCsv(csv, false, 200);
        assertThat(commit.get("dryRun").asBoolean()).isFalse();
        assertThat(commit.get("created").asInt()).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);

        JsonNode again = importCsv(csv.replace(",12,checked,true", ",13,checked,true"), true, 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("updated").asInt()).isEqualTo(1);
        assertThat(again.get("created").asInt()).isZero();
    }

    @Test
    void theExcelTemplateRoundTrips() throws Exception {
        byte[] template = mvc.perform(get("/data/template.xlsx").param("dataSet", dataSet).param("orgUnits", "KEN,BRA")
                        .param("from", "2019").param("to", "2020").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheet("data");
            assertThat(workbook.getSheet("README")).isNotNull();
            assertThat(data.getDataValidations()).isNotEmpty();
            // 2 org units x 2 years x 3 options of SEX
            assertThat(data.getLastRowNum()).isEqualTo(12);
            Row header = data.getRow(0);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("SEX");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("value");
            for (int r = 1; r <= 4; r++) {
                data.getRow(r).createCell(4).setCellValue(r * 10);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        JsonNode commit = importBytes(filled, ImportFormat.XLSX_TYPE, false, 200);
        assertThat(commit.get("created").asInt()).isEqualTo(4);
        assertThat(commit.get("skipped").asInt()).isEqualTo(8);
        assertThat(stored()).isEqualTo(4);
        JsonNode again = importBytes(filled, ImportFormat.XLSX_TYPE, true, 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(4);
    }

    @Test
    void exportThenImportIsUnchanged() throws Exception {
        importCsv("data_element,org_unit,period,SEX,value,comment,partner\n"
                + element + ",KEN,2019,F,10,=1+1 looks like a formula,\n"
                + element + ",KEN,2019,M,12,,UNICEF\n"
                + element + ",UGA,2019,,7,,\n", false, 200);
        byte[] csv = mvc.perform(get("/data/export.csv").param("dataElement", element)
                        .with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("data_element,org_unit,period,SEX,value");
        JsonNode fromCsv = importBytes(csv, "text/csv", true, 200);
        assertThat(fromCsv.get("unchanged").asInt()).isEqualTo(3);
        assertThat(fromCsv.get("created").asInt() + fromCsv.get("updated").asInt()).isZero();

        byte[] xlsx = mvc.perform(get("/data/export.xlsx").param("dataElement", element).param("orgUnit", "KEN")
                        .with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        JsonNode fromXlsx = importBytes(xlsx, ImportFormat.XLSX_TYPE, true, 200);
        assertThat(fromXlsx.get("unchanged").asInt()).isEqualTo(2);
        assertThat(fromXlsx.get("rejectedRows")).isEmpty();
    }

    @Test
    void theApiRefusesAFileWithARejectedRowWith400AndWritesNothing() throws Exception {
        JsonNode refused = importCsv("data_element,org_unit,period,value\n" + element + ",KEN,2019,1\n"
                + element + ",KEN,2018,-3\n", false, 400);
        assertThat(refused.get("rejected").asInt()).isEqualTo(1);
        assertThat(rejections(refused)).contains("3:value");
        assertThat(stored()).isZero();
    }
}
