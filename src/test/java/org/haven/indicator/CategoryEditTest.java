package org.haven.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.core.FieldProblem;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HavenDbTest
class CategoryEditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryStore store;

    @Autowired
    AuditLog audit;

    private static MockHttpServletRequestBuilder as(String user, String path) {
        return post(path).with(httpBasic(user, TestDatabase.ADMIN_PASSWORD));
    }

    @Test
    void optionsAreEditedInPlaceAndAnOptionUsedInAFormulaIsKept() throws Exception {
        String cat = "CAT_" + System.nanoTime();
        String element = "EL_" + System.nanoTime();
        String indicator = "IND-" + System.nanoTime();
        mvc.perform(as("mel", "/categories").param("code", cat).param("name", "Test bands")
                        .param("options", "A | Band A | 0 | 4\nB | Band B | 5 | 9 | Y5T9"))
                .andExpect(status().is3xxRedirection());
        Category created = store.category(cat).orElseThrow();
        assertThat(created.options()).extracting(CategoryOption::code).containsExactly("A", "B");
        assertThat(created.options().get(1).sdmxCode()).isEqualTo("Y5T9");
        assertThat(created.options().get(0).bounds()).isEqualTo("0-4");

        mvc.perform(as("mel", "/dataelements").param("code", element).param("name", "Test").param("valueType", "INTEGER")
                .param("aggregationOrg", "SUM").param("aggregationTime", "SUM").param("categories", cat))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("mel", "/indicators").param("code", indicator).param("name", "Test").param("type", "COUNT")
                .param("direction", "HIGHER_IS_BETTER").param("aggregationOrg", "SUM").param("aggregationTime", "SUM")
                .param("frequency", "YEARLY").param("numerator", "#{" + element + "." + cat + ":A}"))
                .andExpect(status().is3xxRedirection());

        MvcResult refused = mvc.perform(as("mel", "/categories/" + cat).param("name", "Test bands").param("version", "0")
                        .param("options", "B | Band B | 5 | 9"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(problems(refused)).containsExactly(
                new FieldProblem("options", "option A is used in the formula of indicator " + indicator));

        MvcResult badLine = mvc.perform(as("mel", "/categories/" + cat).param("name", "Test bands").param("version", "0")
                        .param("options", "A | Band A | 0 | 4\nB | Band B | nine | 9"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(problems(badLine)).containsExactly(
                new FieldProblem("options", "line 2: age from must be a whole number from 0 to 150"));

        mvc.perform(as("mel", "/categories/" + cat).param("name", "Renamed").param("version", "0")
                        .param("options", "A | Band A renamed | 0 | 4\nC | Band C | 10 | | | unverified"))
                .andExpect(status().is3xxRedirection());
        Category after = store.category(cat).orElseThrow();
        assertThat(after.name()).isEqualTo("Renamed");
        assertThat(after.options()).extracting(CategoryOption::name).containsExactly("Band A renamed", "Band C");
        assertThat(after.options().get(1).unverified()).isTrue();
        assertThat(after.options().get(1).bounds()).isEqualTo("10+");
        List<AuditEvent> events = audit.find("category", cat, 1, 10).items();
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);

        mvc.perform(as("mel", "/categories/" + cat).param("name", "Stale").param("version", "0").param("options", "A | A"))
                .andExpect(status().isConflict());
        mvc.perform(as("viewer", "/categories/" + cat).param("name", "Viewer").param("version", "1").param("options", "A | A"))
                .andExpect(status().isForbidden());
        assertThat(store.category(cat).orElseThrow().name()).isEqualTo("Renamed");
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(MvcResult result) {
        return (List<FieldProblem>) result.getModelAndView().getModel().get("problems");
    }
}
