package org.haven.pivot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.data.DataValueService;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The pivot page over the real analytics engine: the queries it asks, percentage totals, CSV and Excel. */
@HavenDbTest
class PivotPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataValueService values;
    @Autowired
    Analytics analytics;
    @Autowired
    PivotService pivots;
    @Autowired
    PivotRegistry registry;

    private PivotFixtures data;

    @BeforeEach
    void values() {
        data = PivotFixtures.create(jdbc, values);
    }

    @Test
    void theSelectionIsAskedSplitByEveryPlacedDimensionAndOnceMoreWithoutTheCategoryForItsTotals() throws Exception {
        PivotSelection selection = PivotSelections.from(FavouriteController.params(data.query()
                + "&c.AGE_CHILD=Y0T4&partner=NONE&approved=true&view=CUMULATIVE"));
        assertThat(selection.rows()).containsExactly("ou");
        assertThat(selection.columns()).containsExactly("SEX");
        assertThat(selection.filters()).containsExactly("dx", "pe", "partner", "AGE_CHILD");

        List<AnalyticsQuery> asked = new ArrayList<>();
        PivotCube cube = new PivotCube(selection, q -> {
            asked.add(q);
            return analytics.query(q);
        }, Map.of(data.indicator(), registry.current().item(data.indicator()).orElseThrow()));
        cube.cell(Map.of("ou", "KEN", "SEX", "F"), java.util.Set.of());
        cube.cell(Map.of("ou", "KEN"), java.util.Set.of("SEX"));

        assertThat(asked).hasSize(2);
        AnalyticsQuery split = asked.get(0);
        assertThat(split.dx()).containsExactly(data.indicator());
        assertThat(split.ou()).containsExactly("KEN", "UGA");
        assertThat(split.pe()).containsExactly("2025");
        assertThat(split.by()).containsExactly("SEX", "AGE_CHILD");
        assertThat(split.columns()).containsExactly("dx", "ou", "pe", "SEX", "AGE_CHILD");
        assertThat(split.partners()).containsExactly("");
        assertThat(split.approvedOnly()).isTrue();
        assertThat(split.view()).isEqualTo(org.haven.analytics.ValueView.CUMULATIVE);
        // the total over sexes is asked without the sex split (age stays: it is narrowed to one option)
        assertThat(asked.get(1).by()).containsExactly("AGE_CHILD");
    }

    @Test
    void percentageTotalsDivideSummedNumeratorsBySummedDenominators() {
        PivotTable table = pivots.table(PivotSelections.from(FavouriteController.params(data.query())), Locale.ENGLISH);

        assertThat(table.columnLabels()).containsExactly(List.of("Female"), List.of("Male"), List.of("Total"));
        assertThat(table.body()).extracting(PivotTable.Row::labels)
                .containsExactly(List.of("Kenya"), List.of("Uganda"), List.of("Total"));
        assertThat(values(table, 0)).containsExactly(30.0, 20.0, 25.0);
        assertThat(values(table, 1)).containsExactly(5.0, 20.0, 12.5);
        List<Double> total = values(table, 2);
        assertThat(total.get(0)).isCloseTo(100.0 * 40 / 300, within(1e-9));
        assertThat(total.get(1)).isCloseTo(20.0, within(1e-9));
        // 100 / 600, not the mean of 25 % and 12.5 % (18.75 %)
        assertThat(total.get(2)).isCloseTo(100.0 * 100 / 600, within(1e-9));
    }

    @Test
    void thePageShowsTheTableWithTotalsAndLinksToItsDownloads() throws Exception {
        String html = mvc.perform(get("/pivot?" + data.query()).with(viewer())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("id=\"pivot-table\"").contains("<caption").contains("scope=\"col\"")
                .contains("scope=\"row\"").contains(">16.7<").contains(">13.3<").contains(">12.5<")
                .doesNotContain(">18.8<").contains("/pivot/export.csv?").contains("/pivot/export.xlsx?")
                .contains("tabindex=\"0\"");
    }

    @Test
    void aChartSelectionCarriesTheChartDataAndKeepsTheTable() throws Exception {
        String html = mvc.perform(get("/pivot?" + data.query().replace("chart=NONE", "chart=LINE")).with(viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"pivot-chart\"").contains("data-chart=").contains("&quot;kind&quot;:&quot;line&quot;")
                .contains("id=\"pivot-table\"").contains("data-chart-download=\"png\"")
                .contains("data-chart-download=\"svg\"");
    }

    @Test
    void csvExportHasTheHeaderRowsLabelsAndRoundedValues() throws Exception {
        byte[] body = mvc.perform(get("/pivot/export.csv?" + data.query()).with(viewer())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "Org unit,Female,Male,Total", "Kenya,30.0,20.0,25.0", "Uganda,5.0,20.0,12.5", "Total,13.3,20.0,16.7");
    }

    @Test
    void excelExportHasNumbersInCells() throws Exception {
        byte[] body = mvc.perform(get("/pivot/export.xlsx?" + data.query()).with(viewer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Org unit").contains("Sex");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Org unit");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Total");
            Row kenya = sheet.getRow(2);
            assertThat(kenya.getCell(0).getStringCellValue()).isEqualTo("Kenya");
            assertThat(kenya.getCell(3).getNumericCellValue()).isEqualTo(25.0);
            Row total = sheet.getRow(4);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(16.7);
        }
    }

    @Test
    void anInvalidSelectionIsExplainedByField() throws Exception {
        String html = mvc.perform(get("/pivot?dx=NO_SUCH_ITEM&pe=2025x&row=ou&col=ou").with(viewer()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"pivot-errors\"").contains("no indicator or data element has the code NO_SUCH_ITEM")
                .contains("choose at least one org unit").contains("is not a period").contains("ou is placed twice");
        mvc.perform(get("/pivot/export.csv?dx=NO_SUCH_ITEM&ou=KEN&pe=2025&row=ou").with(viewer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void severalDataItemsInAFilterAreRefused() throws Exception {
        mvc.perform(get("/pivot?dx=" + data.indicator() + "&dx=" + data.numerator() + "&ou=KEN&pe=2025&row=ou")
                .with(viewer())).andExpect(status().isBadRequest());
    }

    @Test
    void theFirstVisitShowsTheFormWithoutATable() throws Exception {
        String html = mvc.perform(get("/pivot").with(viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"pivot-form\"").contains(data.indicator()).doesNotContain("id=\"pivot-table\"");
    }

    private static List<Double> values(PivotTable table, int row) {
        return table.body().get(row).cells().stream().map(PivotCell::value).toList();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
        return httpBasic("viewer", TestDatabase.ADMIN_PASSWORD);
    }
}
