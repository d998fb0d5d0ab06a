package org.haven.data;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The entry form shows, above a data element, the baseline and target of the indicators computed from it. */
@HavenDbTest
class DataEntryTargetsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void professionalsTrainedShowsTheDemoBaselineAndTheTargetOfIndicatorStr03() throws Exception {
        // demo data: STR-03 (numerator PROF_TRAINED) has for Kenya a baseline of 0 in 2023 and a target of 500 in 2030
        mvc.perform(get("/data/entry").param("dataSet", "AWARENESS_QUARTERLY").param("orgUnit", "KEN")
                        .param("period", "2030Q1").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/indicators/STR-03/targets")))
                .andExpect(content().string(containsString("target 2030: 500")))
                .andExpect(content().string(containsString("baseline 2023: 0")));
    }
}
