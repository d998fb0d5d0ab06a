package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The status thresholds page: everyone reads it, ADMIN and MEL_OFFICER change it (audited, version-checked). */
@HavenDbTest
class ThresholdPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ThresholdService service;

    private static RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, org.haven.testsupport.TestDatabase.ADMIN_PASSWORD);
    }

    private String indicator() {
        return Fixtures.indicator(jdbc, "TH_IND", "COUNT", "#{AWARENESS_REACHED}", null, 1, "SUM", "SUM",
                "HIGHER_IS_BETTER", null);
    }

    @Test
    void everyoneSeesTheThresholdsOnlyEditorsGetTheForm() throws Exception {
        String ind = indicator();
        String page = mvc.perform(get("/analytics/thresholds").with(as("viewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ind).contains("90%").contains("60%")
                .doesNotContain("/analytics/thresholds/" + ind + "\"");
        String form = mvc.perform(get("/analytics/thresholds/" + ind).with(as("viewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("id=\"threshold-form\"");
        assertThat(mvc.perform(get("/analytics/thresholds/" + ind).with(as("mel"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"threshold-form\"");
        mvc.perform(get("/analytics/thresholds/NO_SUCH_INDICATOR").with(as("mel"))).andExpect(status().isNotFound());
    }

    @Test
    void anMelOfficerSavesThresholdsAndGoesBackToTheDefaults() throws Exception {
        String ind = indicator();
        mvc.perform(post("/analytics/thresholds/" + ind).with(as("mel")).with(csrf())
                        .param("onTrack", "80").param("atRisk", "45.5").param("version", "-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.thresholds(ind)).isEqualTo(new StatusThresholds(80, 45.5));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'analytics_threshold' and entity_id = :i")
                .param("i", ind).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(post("/analytics/thresholds/" + ind).with(as("mel")).with(csrf())
                .param("onTrack", "70").param("atRisk", "40").param("version", "-1")).andExpect(status().isConflict());
        mvc.perform(post("/analytics/thresholds/" + ind + "/reset").with(as("admin")).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.thresholds(ind)).isEqualTo(StatusThresholds.DEFAULT);
    }

    @Test
    void badNumbersAreShownByFieldAndViewersAreRefused() throws Exception {
        String ind = indicator();
        String page = mvc.perform(post("/analytics/thresholds/" + ind).with(as("mel")).with(csrf())
                        .param("onTrack", "50").param("atRisk", "70").param("version", "-1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("atRisk-error").contains("must not be above");
        mvc.perform(post("/analytics/thresholds/" + ind).with(as("mel")).with(csrf())
                .param("onTrack", "lots").param("atRisk", "").param("version", "-1")).andExpect(status().isBadRequest());
        mvc.perform(post("/analytics/thresholds/" + ind).with(as("viewer")).with(csrf())
                .param("onTrack", "80").param("atRisk", "40").param("version", "-1")).andExpect(status().isForbidden());
        assertThat(service.thresholds(ind)).isEqualTo(StatusThresholds.DEFAULT);
    }
}
