package org.haven.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data as loaded on a fresh start with demo data on, and its removal in one action. Each test runs in a
 * transaction that is rolled back, so the removal does not take the demo data away from other test classes.
 */
@HavenDbTest
@Transactional
class DemoDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataStatus status;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void aFreshStartHasDemoValuesOverEightCountriesAndThreeYearsSomeApproved() {
        assertThat(count("select count(distinct org_unit_code) from data_value where demo = true")).isEqualTo(8);
        assertThat(jdbc.sql("select distinct substring(period, 1, 4) from data_value where demo = true")
                .query(String.class).list()).containsExactlyInAnyOrder("2023", "2024", "2025");
        assertThat(count("""
                select count(distinct data_element_code) from data_value where demo = true and data_element_code in
                ('AWARENESS_REACHED', 'AWARENESS_IMPROVED', 'PROF_TRAINED', 'PROF_TRAINED_IMPROVED', 'LAW_POLICY_ALIGNMENT',
                 'CHILDREN_PROGRAMMES', 'CAREGIVERS_SUPPORTED', 'CHILD_VICTIMS_SUPPORTED', 'JUS_CHILDREN_CHILD_SENSITIVE',
                 'NATIONAL_VAC_PLAN', 'SCHOOLS_PREVENTION')""")).isEqualTo(11);
        assertThat(count("select count(*) from data_approval where demo = true and state = 'APPROVED'")).isPositive();
        assertThat(count("select count(*) from data_value where demo = true and source <> 'SEED'")).isZero();
        assertThat(count("""
                select count(*) from data_value i join data_value s on s.data_element_code = 'CHILD_VICTIMS_SUPPORTED'
                    and i.data_element_code = 'CHILD_VICTIMS_IDENTIFIED' and s.org_unit_code = i.org_unit_code
                    and s.period = i.period and s.combo = i.combo
                where i.demo = true and s.numeric_value > i.numeric_value""")).isZero();
        assertThat(status.present()).isTrue();
    }

    @Test
    void everyPageShowsTheBannerAndValuesAreFlagged() throws Exception {
        mvc.perform(get("/data/values").param("dataElement", "JJ_ARRESTED").param("orgUnit", "KEN").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"demo-banner\"")))
                .andExpect(content().string(Matchers.containsString("This workspace contains demo data")))
                .andExpect(content().string(Matchers.containsString("<span class=\"badge demo\"")));
    }

    @Test
    void theAdminPageListsEveryOwnerAndOnlyAdminsMayUseIt() throws Exception {
        mvc.perform(get("/admin/demo").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Demo data values")))
                .andExpect(content().string(Matchers.containsString("Demo Action Plan activities")))
                .andExpect(content().string(Matchers.containsString("Demo baselines and targets")));
        mvc.perform(get("/admin/demo").with(as("mel"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/demo/remove").param("confirm", "true").with(as("mel")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(status.present()).isTrue();
    }

    @Test
    void removalNeedsConfirmationThenRemovesAllDemoDataInOneAuditedStepAndItDoesNotComeBack() throws Exception {
        long audits = count("select count(*) from audit_event where entity_type = 'demo_data'");
        // derived values (source DERIVED) follow their registers: figures derived from demo entries go with them
        long realValues = count("select count(*) from data_value where demo = false and source <> 'DERIVED'");
        long realActivities = count("select count(*) from activity where demo = false");
        mvc.perform(post("/admin/demo/remove").with(as("admin")).with(csrf())).andExpect(status().isBadRequest());
        assertThat(status.present()).isTrue();

        mvc.perform(post("/admin/demo/remove").param("confirm", "true").with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/demo"));
        assertThat(count("select count(*) from data_value where demo = true")).isZero();
        assertThat(count("select count(*) from data_approval where demo = true")).isZero();
        assertThat(count("select count(*) from activity where demo = true")).isZero();
        assertThat(count("select count(*) from indicator_target where note = 'demo'")).isZero();
        assertThat(count("select count(*) from data_value where demo = false and source <> 'DERIVED'")).isEqualTo(realValues);
        assertThat(count("select count(*) from activity where demo = false")).isEqualTo(realActivities);
        assertThat(count("select count(*) from data_value where origin is not null")).isPositive();
        assertThat(count("select count(*) from audit_event where entity_type = 'demo_data'")).isEqualTo(audits + 1);
        assertThat(status.present()).isFalse();
        assertThat(status.seedingAllowed(true)).isFalse();

        mvc.perform(get("/data/values").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"demo-banner\""))));
    }
}
