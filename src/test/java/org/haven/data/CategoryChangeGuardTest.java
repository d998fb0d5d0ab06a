package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.data.QualityFixtures.value;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** A plain edit of a data element's categories is refused once values exist: they go through a mapping. */
@HavenDbTest
@WithUserDetails(value = "mel", setupBefore = TestExecutionEvent.TEST_METHOD)
class CategoryChangeGuardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Test
    void editingCategoriesOfAnElementWithValuesPointsToTheMappingAndChangesNothing() throws Exception {
        String el = QualityFixtures.unique("QGUARD");
        QualityFixtures.element(jdbc, el, "AGE_CHILD");
        values.write(List.of(value(el, "TON", "2016", Map.of("AGE_CHILD", "Y0T4"), 3)), ValueSource.IMPORT);

        mvc.perform(post("/dataelements/" + el).with(csrf())
                        .param("code", el).param("name", "Guarded element").param("valueType", "INTEGER")
                        .param("aggregationOrg", "SUM").param("aggregationTime", "SUM")
                        .param("categories", "SEX").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("/data/disaggregation/" + el)));

        assertThat(jdbc.sql("select category_code from data_element_category where data_element_code = :e")
                .param("e", el).query(String.class).list()).containsExactly("AGE_CHILD");
    }
}
