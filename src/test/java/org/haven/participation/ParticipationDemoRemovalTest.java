package org.haven.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.participation.ParticipationFixtures.activity;
import static org.haven.participation.ParticipationFixtures.as;
import static org.haven.participation.ParticipationFixtures.create;
import static org.haven.participation.ParticipationFixtures.engagement;
import static org.haven.participation.ParticipationFixtures.stored;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Removing all demo data for real (Admin > Demo data) takes the demo engagements and the demo activities away in one
 * transaction, and the activity share counts only what is left, whichever owner ran first. Own H2 database (the
 * removal is for real and other classes rely on the demo data), so H2 only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = TestDatabase.H2_NAME + "=haven-participation-demo-removal")
class ParticipationDemoRemovalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void removingAllDemoDataRecountsTheActivityShare() throws Exception {
        String real = activity(mvc, "2025-01-01", "2025-12-31", "\"KEN\"", null);
        create(mvc, "mel", engagement("2025-06-01", real, "KEN", "F:Y15T17:3", true, "2025-07-01", true));
        // 2025: the real activity and the demo activities running that year
        assertThat(stored(jdbc, "PART_ACTIVITIES", "001").get("2025|")).isGreaterThan(1);

        mvc.perform(post("/admin/demo/remove").param("confirm", "true").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from participation_engagement where demo = true").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from activity where demo = true").query(Long.class).single()).isZero();
        assertThat(stored(jdbc, "PART_ACTIVITIES", "001")).containsExactlyEntriesOf(java.util.Map.of("2025|", 1));
        assertThat(stored(jdbc, "PART_ACTIVITIES_WITH_CHILDREN", "001")).containsExactlyEntriesOf(java.util.Map.of("2025|", 1));
        assertThat(stored(jdbc, "PART_ENGAGEMENTS", "KEN")).containsExactlyEntriesOf(java.util.Map.of("2025Q2|", 1));
    }
}
