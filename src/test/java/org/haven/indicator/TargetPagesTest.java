package org.haven.indicator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@HavenDbTest
class TargetPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("viewer")
    void theDetailPageSummarisesAndTheTargetsPageShowsTablesAndChartData() throws Exception {
        mvc.perform(get("/indicators/SDG-16.2.1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"target-summary\"")))
                .andExpect(content().string(containsString("href=\"/indicators/SDG-16.2.1/targets\"")));
        mvc.perform(get("/indicators/SDG-16.2.1/targets"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"targets-KEN\"")))
                .andExpect(content().string(containsString("Demo baseline (illustrative)")))
                .andExpect(content().string(containsString("data-chart=\"{&quot;baseline&quot;:[2022,70.0]")))
                .andExpect(content().string(containsString("/js/targets.js")))
                .andExpect(content().string(not(containsString("id=\"target-form\""))));
        mvc.perform(get("/indicators/NO-SUCH/targets")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("mel")
    void aRejectedFormShowsFieldErrorsAndAValidOneRedirects() throws Exception {
        String unit = TargetTestUnits.underKenya(jdbc);
        mvc.perform(post("/indicators/SDG-16.2.1/targets").with(csrf()).param("kind", "TARGET").param("orgUnit", unit)
                        .param("year", "2031").param("value", "120").param("combo", "").param("source", "").param("note", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("id=\"value-error\"")))
                .andExpect(content().string(containsString("id=\"year-error\"")));
        mvc.perform(post("/indicators/SDG-16.2.1/targets").with(csrf()).param("kind", "TARGET").param("orgUnit", unit)
                        .param("year", "2030").param("value", "42").param("combo", "").param("source", "").param("note", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/indicators/SDG-16.2.1/targets#ou-" + unit));
        long id = jdbc.sql("select id from indicator_target where org_unit_code = :o").param("o", unit).query(Long.class).single();
        mvc.perform(get("/indicators/SDG-16.2.1/targets/" + id + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
                .andExpect(content().string(containsString("data-confirm")));
        mvc.perform(post("/indicators/SDG-16.2.1/targets/" + id).with(csrf()).param("kind", "TARGET").param("orgUnit", unit)
                        .param("year", "2030").param("value", "41").param("version", "7"))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("focal.ken")
    void aFocalPointCannotOpenTheEditFormOutsideTheirCountries() throws Exception {
        long id = jdbc.sql("select id from indicator_target where indicator_code = 'SDG-5.3.1-18' and org_unit_code = 'BRA' and kind = 'BASELINE'")
                .query(Long.class).single();
        mvc.perform(get("/indicators/SDG-5.3.1-18/targets/" + id + "/edit")).andExpect(status().isForbidden());
    }
}
