package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

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

/** The data set pages: list, create and edit (ADMIN, MEL_OFFICER), version-checked and audited. */
@HavenDbTest
class DataSetAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSetCatalog catalog;

    @Autowired
    AuditLog audit;

    private static MockHttpServletRequestBuilder as(String user, String path) {
        return post(path).with(httpBasic(user, TestDatabase.ADMIN_PASSWORD));
    }

    @Test
    void dataSetsAreCreatedEditedInOrderAndVersionChecked() throws Exception {
        String code = "TEST_SET_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(as("mel", "/data/sets").param("code", code).param("name", "Test set").param("periodType", "QUARTERLY")
                        .param("openDays", "30").param("elements", "JJ_ARRESTED", "JJ_DETAINED")
                        .param("order.JJ_ARRESTED", "2").param("order.JJ_DETAINED", "1"))
                .andExpect(status().is3xxRedirection());
        DataSet created = catalog.find(code).orElseThrow();
        assertThat(created.dataElements()).containsExactly("JJ_DETAINED", "JJ_ARRESTED");
        assertThat(created.periodType()).isEqualTo(PeriodType.QUARTERLY);

        String list = mvc.perform(get("/data/sets").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(code, "Test set", "Quarterly").doesNotContain("/data/sets/" + code + "/edit");
        String form = mvc.perform(get("/data/sets/" + code + "/edit").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"order.JJ_DETAINED\"", "value=\"Test set\"");

        MvcResult bad = mvc.perform(as("mel", "/data/sets/" + code).param("version", "0").param("name", "")
                        .param("periodType", "WEEKLY").param("openDays", "-1").param("elements", "NO_SUCH_ELEMENT"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(problems(bad)).extracting(FieldProblem::field)
                .containsExactly("name", "periodType", "openDays", "elements");
        assertThat(problems(bad).get(3).message()).isEqualTo("unknown data element NO_SUCH_ELEMENT");

        mvc.perform(as("mel", "/data/sets/" + code).param("version", "0").param("name", "Renamed set")
                        .param("periodType", "YEARLY").param("openDays", "0")
                        .param("elements", "JJ_ARRESTED", "JJ_DETAINED", "JJ_SENTENCED")
                        .param("order.JJ_ARRESTED", "1").param("order.JJ_DETAINED", "3"))
                .andExpect(status().is3xxRedirection());
        DataSet after = catalog.find(code).orElseThrow();
        assertThat(after.name()).isEqualTo("Renamed set");
        assertThat(after.periodType()).isEqualTo(PeriodType.YEARLY);
        assertThat(after.dataElements()).containsExactly("JJ_ARRESTED", "JJ_DETAINED", "JJ_SENTENCED");
        List<AuditEvent> events = audit.find("data_set", code, 1, 10).items();
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);

        mvc.perform(as("mel", "/data/sets/" + code).param("version", "0").param("name", "Stale")
                        .param("periodType", "YEARLY").param("openDays", "0").param("elements", "JJ_ARRESTED"))
                .andExpect(status().isConflict());
        mvc.perform(as("viewer", "/data/sets/" + code).param("version", "1").param("name", "Viewer")
                        .param("periodType", "YEARLY").param("openDays", "0").param("elements", "JJ_ARRESTED"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/data/sets/" + code + "/edit").with(httpBasic("focal.ken", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(catalog.find(code).orElseThrow().name()).isEqualTo("Renamed set");
        mvc.perform(get("/data/sets/NO_SUCH_SET/edit").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(MvcResult result) {
        return (List<FieldProblem>) result.getModelAndView().getModel().get("problems");
    }
}
