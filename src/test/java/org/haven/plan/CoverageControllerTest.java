package org.haven.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HavenDbTest
class CoverageControllerTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor viewer() {
        return httpBasic("viewer", TestDatabase.ADMIN_PASSWORD);
    }

    @Test
    void coveragePageRendersBothHeatMapsWithCellLinksToTheActivities() throws Exception {
        mvc.perform(get("/coverage").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<table class=\"heat\" id=\"matrix-pillar-context\">")))
                .andExpect(content().string(containsString("<table class=\"heat\" id=\"matrix-objective-level\">")))
                .andExpect(content().string(containsString("<caption>")))
                .andExpect(content().string(containsString("<th scope=\"col\">")))
                .andExpect(content().string(containsString("<th scope=\"row\">")))
                .andExpect(content().string(containsString(
                        "id=\"cell-AWR-CYB\" href=\"/activities?node=AWR&amp;node=CYB\"")))
                .andExpect(content().string(containsString(
                        "id=\"cell-SO1-IND\" href=\"/activities?node=SO1&amp;node=IND\"")))
                .andExpect(content().string(containsString("Framework nodes without any activity")))
                .andExpect(content().string(containsString("id=\"chart-pillar-context\" data-chart=\"{")))
                .andExpect(content().string(containsString("<script src=\"/js/coverage.js\" defer>")));
    }

    @Test
    void demoAndAreaFiltersAreCarriedIntoTheCellLinks() throws Exception {
        mvc.perform(get("/coverage").param("demo", "false").param("area", "KEN").param("includeCancelled", "true")
                        .with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"cell-AWR-CYB\" href=\"/activities?node=AWR&amp;node=CYB&amp;demo=false&amp;area=KEN\"")))
                .andExpect(content().string(not(containsString("includeCancelled=true&amp;"))));
    }

    @Test
    void unknownAreaIsReportedNextToTheFieldAndIgnored() throws Exception {
        mvc.perform(get("/coverage").param("area", "NOWHERE").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("id=\"area-error\"")))
                .andExpect(content().string(containsString("href=\"/activities?node=AWR&amp;node=CYB\"")));
    }

    @Test
    void coveragePageNeedsALogin() throws Exception {
        mvc.perform(get("/coverage")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void apiReturnsTheMatrixWithRowsColumnsCellsAndGaps() throws Exception {
        mvc.perform(get("/api/v1/coverage").param("matrix", "pillar-context").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matrix").value("pillar-context"))
                .andExpect(jsonPath("$.rows", hasItem("AWR")))
                .andExpect(jsonPath("$.columns", hasItem("CYB")))
                .andExpect(jsonPath("$.cells.length()").value(5))
                .andExpect(jsonPath("$.cells[0].length()").value(4))
                .andExpect(jsonPath("$.gaps").isArray());
        mvc.perform(get("/api/v1/coverage").param("matrix", "objective-level").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0]").value("SO1"))
                .andExpect(jsonPath("$.columns[0]").value("IND"));
    }

    @Test
    void apiRejectsAnUnknownMatrixOrAreaByName() throws Exception {
        mvc.perform(get("/api/v1/coverage").param("matrix", "pillars").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix"));
        mvc.perform(get("/api/v1/coverage").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix"));
        mvc.perform(get("/api/v1/coverage").param("matrix", "pillar-context").param("area", "NOWHERE")
                        .with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"));
    }

    @Test
    void apiIsDocumentedUnderTheCoverageTag() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/coverage'].get.tags[0]").value("Coverage"));
    }
}
