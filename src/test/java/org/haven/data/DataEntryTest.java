package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The data entry form: grid, cell saves, errors, approval read-only state, scope and completeness. */
@HavenDbTest
class DataEntryTest {

    static final String SET = "SERVICES_YEARLY";
    static final String ELEMENT = "CHILDREN_PROGRAMMES";
    static final String GIRLS_0_4 = "AGE_CHILD:Y0T4;SEX:F";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A year far from other tests' periods, so forms start empty and open. */
    static String randomYear() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(2040, 2091));
    }

    static MockHttpServletRequestBuilder saveAs(String user, String orgUnit, String period, String value) {
        return post("/data/entry/value").with(httpBasic(user, TestDatabase.ADMIN_PASSWORD))
                .param("dataSet", SET).param("orgUnit", orgUnit).param("period", period)
                .param("dataElement", ELEMENT).param("combo", GIRLS_0_4).param("value", value);
    }

    static MockHttpServletRequestBuilder pageAs(String user, String orgUnit, String period) {
        return get("/data/entry").with(httpBasic(user, TestDatabase.ADMIN_PASSWORD))
                .param("dataSet", SET).param("orgUnit", orgUnit).param("period", period);
    }

    Optional<BigDecimal> stored(String orgUnit, String period) {
        return jdbc.sql("""
                        select numeric_value from data_value where data_element_code = :e and org_unit_code = :ou
                        and period = :p and combo = :c""")
                .param("e", ELEMENT).param("ou", orgUnit).param("p", period).param("c", GIRLS_0_4)
                .query(BigDecimal.class).optional();
    }

    @Test
    void entryPageRendersTheGridWithLabelsAndLastPeriodValues() throws Exception {
        String year = randomYear();
        String last = String.valueOf(Integer.parseInt(year) - 1);
        mvc.perform(saveAs("mel", "KEN", last, "17")).andExpect(status().isOk());

        String html = mvc.perform(pageAs("mel", "KEN", year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"entry-grid\"", "data-combo=\"" + GIRLS_0_4 + "\"",
                ">Female, 0-4 years, Children reached by resilience and participation programmes</label>",
                "last period: 17", "<output", "data-totals=\"true\"", "Open", ">Enforced</option>", ">Yes</option>");
        assertThat(html).doesNotContain("readonly");
    }

    @Test
    void postingAValueSavesItAndAnswersSuccess() throws Exception {
        String year = randomYear();
        mvc.perform(saveAs("mel", "KEN", year, "25"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.message").value("Saved"));
        assertThat(stored("KEN", year)).contains(new BigDecimal("25.000000"));

        mvc.perform(saveAs("mel", "KEN", year, "")).andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Cleared"));
        assertThat(stored("KEN", year)).isEmpty();

        MockHttpServletRequestBuilder milestone = post("/data/entry/value")
                .with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)).param("dataSet", SET).param("orgUnit", "KEN")
                .param("period", year).param("dataElement", "LAW_POLICY_ALIGNMENT").param("combo", "")
                .param("comment", "Adopted by parliament").param("followUp", "true");
        mvc.perform(milestone.param("value", "1")).andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));
        assertThat(jdbc.sql("""
                        select comment from data_value where data_element_code = 'LAW_POLICY_ALIGNMENT'
                        and org_unit_code = 'KEN' and period = :p and follow_up = true""")
                .param("p", year).query(String.class).single()).isEqualTo("Adopted by parliament");
    }

    @Test
    void postingTextAnswersTheErrorAndWritesNothing() throws Exception {
        String year = randomYear();
        mvc.perform(saveAs("mel", "KEN", year, "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.message").value("“abc” is not a number"));
        mvc.perform(saveAs("mel", "KEN", year, "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("value: a count cannot be negative"));
        assertThat(stored("KEN", year)).isEmpty();
    }

    @Test
    void anApprovedFormIsReadOnlyAndRefusesValues() throws Exception {
        String year = randomYear();
        mvc.perform(saveAs("mel", "UGA", year, "4")).andExpect(status().isOk());
        mvc.perform(post("/data/entry/approve").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .param("dataSet", SET).param("orgUnit", "UGA").param("period", year))
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(pageAs("mel", "UGA", year)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Approved", "readonly", "This form is approved");
        mvc.perform(saveAs("mel", "UGA", year, "9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.message").value("period: approved: ask an MEL officer to unlock"));
        assertThat(stored("UGA", year)).contains(new BigDecimal("4.000000"));

        mvc.perform(post("/data/entry/unlock").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .param("dataSet", SET).param("orgUnit", "UGA").param("period", year).param("reason", "Typo in girls 0-4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(saveAs("mel", "UGA", year, "9")).andExpect(status().isOk());
        assertThat(stored("UGA", year)).contains(new BigDecimal("9.000000"));
    }

    @Test
    void aFocalPointCannotOpenOrFillAnotherCountrysForm() throws Exception {
        String year = randomYear();
        mvc.perform(pageAs("focal.ken", "BRA", year)).andExpect(status().isForbidden());
        mvc.perform(saveAs("focal.ken", "BRA", year, "3"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.ok").value(false));
        assertThat(stored("BRA", year)).isEmpty();
        String html = mvc.perform(get("/data/entry").with(httpBasic("focal.ken", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kenya (KEN)").doesNotContain("Brazil (BRA)");
        mvc.perform(pageAs("focal.ken", "KEN", year)).andExpect(status().isOk());
    }

    @Test
    void pickingADataSetOffersItsRecentPeriods() throws Exception {
        int thisYear = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        String html = mvc.perform(get("/data/entry").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .param("dataSet", SET))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<option value=\"" + thisYear + "\">", "<option value=\"" + (thisYear - 1) + "\">",
                "value=\"" + thisYear + "\"").doesNotContain("id=\"entry-grid\"", "error-summary");
    }

    @Test
    void aBadPeriodIsNamedAndNoGridIsShown() throws Exception {
        String html = mvc.perform(pageAs("mel", "KEN", "2041Q2")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data set SERVICES_YEARLY is entered by yearly period").doesNotContain("id=\"entry-grid\"");
    }

    @Test
    void completenessCountsValuesAndTheCompleteMark() throws Exception {
        String year = randomYear();
        mvc.perform(saveAs("mel", "TZA", year, "5")).andExpect(status().isOk());
        String before = mvc.perform(get("/data/completeness").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .param("dataSet", SET).param("period", year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rowOf(before, "TZA")).contains(">1</td>", "Not complete");

        mvc.perform(post("/data/entry/complete").with(httpBasic("focal.ken", TestDatabase.ADMIN_PASSWORD))
                        .param("dataSet", SET).param("orgUnit", "TZA").param("period", year))
                .andExpect(status().isForbidden());
        mvc.perform(post("/data/entry/complete").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .param("dataSet", SET).param("orgUnit", "TZA").param("period", year))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/data/completeness").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .param("dataSet", SET).param("period", year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rowOf(after, "TZA")).contains("Complete", "Marked complete by mel").doesNotContain("Not complete");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'data_set_completion' and entity_id = :id")
                .param("id", SET + "/TZA/" + year).query(Integer.class).single()).isEqualTo(1);
    }

    private static String rowOf(String html, String orgUnit) {
        int start = html.indexOf("id=\"ou-" + orgUnit + "\"");
        assertThat(start).as("row of " + orgUnit).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
