package org.haven.indicator;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HavenDbTest
class IndicatorApiTest {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder asViewer(String path) {
        return get(path).with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD));
    }

    @Test
    void dataElementsCarryTheirCategoriesAndOptionsInOrder() throws Exception {
        mvc.perform(asViewer("/api/v1/dataelements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'JJ_ARRESTED')].valueType").value("INTEGER"))
                .andExpect(jsonPath("$[?(@.code == 'LAW_POLICY_ALIGNMENT')].milestoneStages[2]").value("Enforced"));
        mvc.perform(asViewer("/api/v1/dataelements/JJ_ARRESTED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("JJ_ARRESTED"))
                .andExpect(jsonPath("$.aggregationOrg").value("SUM"))
                .andExpect(jsonPath("$.categories[0].code").value("SEX"))
                .andExpect(jsonPath("$.categories[0].options[*].code").value(org.hamcrest.Matchers.contains("F", "M", "U")))
                .andExpect(jsonPath("$.categories[0].options[2].sdmxCode").value("_U"))
                .andExpect(jsonPath("$.categories[1].code").value("AGE_CHILD"))
                .andExpect(jsonPath("$.categories[1].options[0].code").value("Y0T4"))
                .andExpect(jsonPath("$.categories[1].options[0].ageFrom").value(0))
                .andExpect(jsonPath("$.categories[1].options[0].ageTo").value(4))
                .andExpect(jsonPath("$.categories[1].options[3].ageTo").value(17));
    }

    @Test
    void iccsOptionsComeFromTheReferenceWithUnverifiedFlags() throws Exception {
        mvc.perform(asViewer("/api/v1/dataelements/CHILD_VICTIMS_IDENTIFIED"))
                .andExpect(jsonPath("$.categories[1].code").value("ICCS"))
                .andExpect(jsonPath("$.categories[1].options[?(@.code == '0101')].unverified").value(false))
                .andExpect(jsonPath("$.categories[1].options[?(@.code == '0202')].unverified").value(true))
                .andExpect(jsonPath("$.categories[1].options[*].code").value(not(hasItem("05"))));
    }

    @Test
    void indicatorsFilterByNodeTypeAndText() throws Exception {
        mvc.perform(asViewer("/api/v1/indicators?node=SO3&type=RATE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("JJ-1")))
                .andExpect(jsonPath("$[*].type").value(not(hasItem("PERCENTAGE"))));
        mvc.perform(asViewer("/api/v1/indicators?q=VC_VAW_PHYPYV"))
                .andExpect(jsonPath("$[0].code").value("SDG-16.2.1"))
                .andExpect(jsonPath("$[0].sdgSeriesCodes[0]").value("VC_VAW_PHYPYV"))
                .andExpect(jsonPath("$[0].source").value("SDG"));
        mvc.perform(asViewer("/api/v1/indicators/SDG-16.2.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator.internationalCode").value("SDG 16.2.1"))
                .andExpect(jsonPath("$.indicator.multiplier").value(100));
        mvc.perform(asViewer("/api/v1/indicators/JJ-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator.multiplier").value(100000))
                .andExpect(jsonPath("$.indicator.numerator").value("#{JJ_ARRESTED}"))
                .andExpect(jsonPath("$.references[0].code").value("JJ_ARRESTED"))
                .andExpect(jsonPath("$.disaggregatedBy").value(org.hamcrest.Matchers.contains("SEX", "AGE_CHILD")));
    }

    @Test
    void unknownCodesAre404AndAnonymousCallers401() throws Exception {
        mvc.perform(asViewer("/api/v1/indicators/NO-SUCH")).andExpect(status().isNotFound());
        mvc.perform(asViewer("/api/v1/dataelements/NO_SUCH")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dataelements")).andExpect(status().isUnauthorized());
    }
}
