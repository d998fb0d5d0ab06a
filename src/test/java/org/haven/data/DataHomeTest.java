package org.haven.data;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HavenDbTest
class DataHomeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void dataStartPageLinksEveryDataToolAndListsTheShippedDataSets() throws Exception {
        mvc.perform(get("/data").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/data/entry\"")))
                .andExpect(content().string(containsString("href=\"/data/import\"")))
                .andExpect(content().string(containsString("href=\"/data/validation\"")))
                .andExpect(content().string(containsString("/data/entry?dataSet=JJ_YEARLY")));
    }
}
