package org.haven.user;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HavenDbTest
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void openApiDescriptionIsPublicAndListsTheOrgUnitApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Haven API"))
                .andExpect(jsonPath("$.paths['/api/v1/orgunits']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.security[*].basicAuth").exists());
    }

    @Test
    void openApiDescriptionNeverMentionsPasswordHashes() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.UserAccount.properties.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.UserAccount.properties.username").exists());
    }
}
