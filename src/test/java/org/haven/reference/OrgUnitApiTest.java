package org.haven.reference;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HavenDbTest
class OrgUnitApiTest {

    @Autowired
    MockMvc mvc;

    private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
        return httpBasic("viewer", TestDatabase.ADMIN_PASSWORD);
    }

    @Test
    void levelOneIsTheWorld() throws Exception {
        mvc.perform(get("/api/v1/orgunits").param("level", "1").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value("001"))
                .andExpect(jsonPath("$[0].name").value("World"))
                .andExpect(jsonPath("$[0].type").value("WORLD"))
                .andExpect(jsonPath("$[0].level").value(1))
                .andExpect(jsonPath("$[0].path").value("001"));
    }

    @Test
    void easternAfricaContainsKenyaWithItsFullPath() throws Exception {
        mvc.perform(get("/api/v1/orgunits").param("parent", "014").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("KEN")))
                .andExpect(jsonPath("$[*].parentCode", everyItem(is("014"))))
                .andExpect(jsonPath("$[?(@.code == 'KEN')].path").value("001/002/202/014/KEN"))
                .andExpect(jsonPath("$[?(@.code == 'KEN')].m49").value("404"))
                .andExpect(jsonPath("$[?(@.code == 'KEN')].type").value("COUNTRY"));
    }

    @Test
    void filtersByType() throws Exception {
        mvc.perform(get("/api/v1/orgunits").param("type", "REGION").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type", everyItem(is("REGION"))))
                .andExpect(jsonPath("$[*].code", hasItem("002")));
    }

    @Test
    void unknownParentAndBadLevelAreRejectedNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/orgunits").param("parent", "XYZ").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parent"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown org unit XYZ"));
        mvc.perform(get("/api/v1/orgunits").param("level", "0").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/orgunits").param("type", "PLANET").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void needsALogin() throws Exception {
        mvc.perform(get("/api/v1/orgunits")).andExpect(status().isUnauthorized());
    }

    @Test
    void hierarchyPageSearchesByNameKeepingTheUnitsAbove() throws Exception {
        mvc.perform(get("/orgunits").param("q", "keny").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Kenya</strong>")))
                .andExpect(content().string(containsString("1 org unit matches")))
                .andExpect(content().string(containsString("Eastern Africa")))
                .andExpect(content().string(containsString("World")))
                .andExpect(content().string(not(containsString("Brazil"))));
        mvc.perform(get("/orgunits").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brazil")))
                .andExpect(content().string(containsString("Kenya")));
        mvc.perform(get("/orgunits").param("q", "atlantis").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No org unit matches")))
                .andExpect(content().string(not(containsString("Kenya"))));
    }
}
