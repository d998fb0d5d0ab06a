package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.haven.audit.AuditLog;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HavenDbTest
class ValidationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ValidationStore store;

    @Autowired
    AuditLog audit;

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    @Test
    void pagesRenderForReaders() throws Exception {
        mvc.perform(get("/data/validation").with(as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/data/validation").param("run", "1").param("dataSet", "AWARENESS_QUARTERLY")
                .param("orgUnit", "KEN").param("from", "2024Q1").param("to", "2024Q4").with(as("viewer")))
                .andExpect(status().isOk());
        mvc.perform(get("/data/validation/rules").with(as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/data/outliers").param("run", "1").param("dataSet", "AWARENESS_QUARTERLY")
                .param("from", "2024Q1").with(as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/data/disaggregation/PROF_TRAINED").with(as("mel"))).andExpect(status().isOk());
    }

    @Test
    void aBadSelectionNamesTheField() throws Exception {
        String html = mvc.perform(get("/data/validation").param("run", "1").param("from", "2024Q9")
                .param("orgUnit", "NOWHERE").with(as("mel"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("error-summary", "from-error", "orgUnit-error", "unknown org unit NOWHERE");
    }

    @Test
    void rulesAreCreatedAndEditedByMelCheckedAndAudited() throws Exception {
        String code = QualityFixtures.unique("QVP");
        String bad = mvc.perform(post("/data/validation/rules").with(as("mel")).param("code", code).param("name", "Test")
                        .param("left", "#{NO_SUCH_ELEMENT}").param("operator", "=<").param("right", "#{PROF_TRAINED.SEX:Q}")
                        .param("severity", "ERROR"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("unknown data element NO_SUCH_ELEMENT", "unknown option Q of category SEX",
                "must be one of == != &lt; &lt;= &gt; &gt;=");
        assertThat(store.rule(code)).isEmpty();

        mvc.perform(post("/data/validation/rules").with(as("mel")).param("code", code).param("name", "Tested within trained")
                        .param("left", "#{PROF_TRAINED_TESTED.SEX:F}").param("operator", "<=")
                        .param("right", "#{PROF_TRAINED.SEX:F}").param("severity", "ERROR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/data/validation/rules/" + code).with(as("mel")).param("name", "Renamed")
                        .param("left", "#{PROF_TRAINED_TESTED.SEX:F}").param("operator", "<=")
                        .param("right", "#{PROF_TRAINED.SEX:F}").param("severity", "WARNING")
                        .param("missingAsZero", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        ValidationRule saved = store.rule(code).orElseThrow();
        assertThat(saved.name()).isEqualTo("Renamed");
        assertThat(saved.severity()).isEqualTo(ValidationSeverity.WARNING);
        assertThat(saved.missingAsZero()).isTrue();
        mvc.perform(post("/data/validation/rules/" + code).with(as("mel")).param("name", "Stale")
                        .param("left", "#{PROF_TRAINED}").param("operator", "<=").param("right", "#{PROF_TRAINED}")
                        .param("severity", "ERROR").param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(audit.find("validation_rule", code, 1, 10).items()).hasSize(2);
        mvc.perform(post("/data/validation/rules").with(as("viewer")).param("code", code + "V").param("name", "No")
                        .param("left", "#{PROF_TRAINED}").param("operator", ">=").param("right", "0")
                        .param("severity", "ERROR"))
                .andExpect(status().isForbidden());
        assertThat(store.rule(code + "V")).isEmpty();
    }

    @Test
    void disaggregationPreviewShowsTheMovesAndViewersMayNotApply() throws Exception {
        String el = QualityFixtures.unique("QVP_DIS");
        QualityFixtures.element(jdbc, el, "SEX");
        String html = mvc.perform(post("/data/disaggregation/" + el + "/preview").with(as("mel"))
                        .param("categories", "SEX, NO_SUCH").param("mappings", "SEX:F SEX:M").param("version", "0"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("mappings-error", "line 1");
        mvc.perform(post("/data/disaggregation/" + el).with(as("viewer")).param("categories", "")
                .param("version", "0")).andExpect(status().isForbidden());
        assertThat(List.of(jdbc.sql("select count(*) from data_element_category where data_element_code = :e")
                .param("e", el).query(Integer.class).single())).containsExactly(1);
    }
}
