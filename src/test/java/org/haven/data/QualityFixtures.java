package org.haven.data;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import org.haven.testsupport.TestDatabase;
import org.springframework.test.web.servlet.MockMvc;

/** Test data for the quality tests: data elements and indicators created through the registry pages, as mel. */
final class QualityFixtures {

    private QualityFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    static void element(MockMvc mvc, String code, String categories) throws Exception {
        mvc.perform(post("/dataelements").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)).param("code", code)
                        .param("name", "Quality test " + code).param("valueType", "NUMBER")
                        .param("aggregationOrg", "SUM").param("aggregationTime", "SUM").param("categories", categories))
                .andExpect(status().is3xxRedirection());
    }

    static void percentage(MockMvc mvc, String code, String numerator, String denominator) throws Exception {
        mvc.perform(post("/indicators").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)).param("code", code)
                        .param("name", "Quality test " + code).param("type", "PERCENTAGE")
                        .param("direction", "HIGHER_IS_BETTER").param("aggregationOrg", "SUM")
                        .param("aggregationTime", "SUM").param("frequency", "YEARLY").param("numerator", numerator)
                        .param("denominator", denominator))
                .andExpect(status().is3xxRedirection());
    }

    static DataValueInput value(String element, String orgUnit, String period, Map<String, String> categories,
            double value) {
        return new DataValueInput(new ValueKey(element, orgUnit, period, categories, null), BigDecimal.valueOf(value),
                null, false);
    }
}
