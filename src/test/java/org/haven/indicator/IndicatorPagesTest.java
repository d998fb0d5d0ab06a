package org.haven.indicator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HavenDbTest
class IndicatorPagesTest {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder as(String user, String path) {
        return get(path).with(httpBasic(user, TestDatabase.ADMIN_PASSWORD));
    }

    @Test
    void theListFiltersByTypeNodeAndSource() throws Exception {
        mvc.perform(as("viewer", "/indicators?source=JJ&type=YES_NO"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("JJ-14")))
                .andExpect(content().string(not(containsString(">JJ-1<"))))
                .andExpect(content().string(not(containsString("New indicator"))));
        mvc.perform(as("mel", "/indicators?node=OO3"))
                .andExpect(content().string(containsString("STR-04")))
                .andExpect(content().string(not(containsString("SDG-16.2.1"))))
                .andExpect(content().string(containsString("New indicator")));
    }

    @Test
    void editFormsOpenForEditorsWithTheCurrentValues() throws Exception {
        mvc.perform(as("mel", "/indicators/STR-04/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"#{PROF_TRAINED_IMPROVED}\"")))
                .andExpect(content().string(containsString("<label for=\"numerator\"")))
                .andExpect(content().string(containsString("<option value=\"OO3\" selected=\"selected\"")));
        mvc.perform(as("admin", "/indicators/new")).andExpect(status().isOk());
        mvc.perform(as("mel", "/dataelements/PROF_TRAINED/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"PROFESSION, SEX\"")));
        mvc.perform(as("programme", "/dataelements/new")).andExpect(status().isForbidden());
        mvc.perform(as("admin", "/categories/AGE_CHILD/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Y0T4 | 0-4 years | 0 | 4 | Y0T4")));
        mvc.perform(as("viewer", "/categories/AGE_CHILD/edit")).andExpect(status().isForbidden());
    }

    @Test
    void dataElementAndCategoryPagesShowOptionsAndUse() throws Exception {
        mvc.perform(as("viewer", "/dataelements/JJ_ARRESTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("15-17 years")))
                .andExpect(content().string(containsString("JJ-1")));
        mvc.perform(as("viewer", "/dataelements")).andExpect(status().isOk())
                .andExpect(content().string(containsString("LAW_POLICY_ALIGNMENT")));
        mvc.perform(as("viewer", "/categories")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Member States")))
                .andExpect(content().string(containsString("ICCS 0101 Intentional homicide")));
        mvc.perform(as("viewer", "/indicators/NO-SUCH")).andExpect(status().isNotFound());
        mvc.perform(as("viewer", "/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"Indicators\"")))
                .andExpect(content().string(containsString("/api/v1/dataelements/{code}")));
    }
}
