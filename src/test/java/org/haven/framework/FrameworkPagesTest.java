package org.haven.framework;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HavenDbTest
class FrameworkPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    FrameworkCatalog catalog;

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username)));
    }

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void viewersSeeTheGroupedFrameworkWithoutEditButtons() throws Exception {
        mvc.perform(as("viewer", get("/framework")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Strategic objectives"), containsString("node-SO1"),
                        containsString("node-TA-A"), containsString("Key change indicators"),
                        not(containsString("/framework/nodes/new")), not(containsString("/move")))));
    }

    @Test
    void editorsSeeAddAndReorderButtons() throws Exception {
        mvc.perform(as("mel", get("/framework")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/framework/nodes/new"),
                        containsString("/framework/nodes/SO2/move"), containsString("hx-post"))));
    }

    @Test
    void aNodePageShowsItsParentChildrenAndHistory() throws Exception {
        mvc.perform(as("viewer", get("/framework/nodes/TA")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Technical assistance"), containsString("TA-B"),
                        containsString("Change history"), containsString("Strategy as published, November 2023"))));
        mvc.perform(as("viewer", get("/framework/nodes/TA-A")))
                .andExpect(content().string(containsString("/framework/nodes/TA\"")));
        mvc.perform(as("viewer", get("/framework/nodes/NO-SUCH"))).andExpect(status().isNotFound());
    }

    @Test
    void theHistoryPageDefaultsToThePublicationAndHandlesEarlyAndBadDates() throws Exception {
        mvc.perform(as("viewer", get("/framework/history")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2023-11-01"), containsString("node-SO1"),
                        containsString("Recent changes"))));
        mvc.perform(as("viewer", get("/framework/history").param("date", "2023-10-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("did not exist yet"), not(containsString("node-SO1")))));
        mvc.perform(as("viewer", get("/framework/history").param("date", "yesterday")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date as YYYY-MM-DD")));
    }

    @Test
    void theAddFormReRendersWithFieldErrorsAndCreatesOnSuccess() throws Exception {
        mvc.perform(as("mel", get("/framework/nodes/new").param("kind", "IMPLEMENTER").param("parentCode", "UNODC")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"code\">")));
        mvc.perform(as("mel", post("/framework/nodes")).with(csrf()).param("kind", "TA_SERVICE")
                        .param("code", "lower case").param("parentCode", "SO1").param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("error-summary"), containsString("id=\"code-error\""),
                        containsString("id=\"parentCode-error\""), containsString("id=\"title-error\""),
                        containsString("aria-describedby=\"title-error\""))));
        String code = code();
        mvc.perform(as("mel", post("/framework/nodes")).with(csrf()).param("kind", "IMPLEMENTER").param("code", code)
                        .param("parentCode", "UNODC").param("title", "Unit from the form").param("note", "form test"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/framework/nodes/" + code));
        assertThat(catalog.find(code)).get().extracting(FrameworkNode::title).isEqualTo("Unit from the form");
    }

    @Test
    void theEditFormSavesAndReportsConflicts() throws Exception {
        String code = code();
        mvc.perform(as("mel", post("/framework/nodes")).with(csrf()).param("kind", "IMPLEMENTER").param("code", code)
                .param("parentCode", "UNODC").param("title", "Editable")).andExpect(status().is3xxRedirection());
        mvc.perform(as("mel", get("/framework/nodes/" + code + "/edit")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Editable\"")));
        mvc.perform(as("mel", post("/framework/nodes/" + code)).with(csrf()).param("title", "Edited").param("version", "0"))
                .andExpect(redirectedUrl("/framework/nodes/" + code));
        mvc.perform(as("mel", post("/framework/nodes/" + code)).with(csrf()).param("title", "Stale").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this")));
        mvc.perform(as("mel", post("/framework/nodes/" + code)).with(csrf()).param("title", " ").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("title is required")));
        assertThat(catalog.find(code)).get().extracting(FrameworkNode::title).isEqualTo("Edited");
    }

    @Test
    void moveAndRetireThroughTheForms() throws Exception {
        String first = code();
        String second = code();
        for (String c : new String[] {first, second}) {
            mvc.perform(as("admin", post("/framework/nodes")).with(csrf()).param("kind", "IMPLEMENTER").param("code", c)
                    .param("parentCode", "UNODC").param("title", "Unit " + c)).andExpect(status().is3xxRedirection());
        }
        int before = catalog.find(first).orElseThrow().sortOrder();
        mvc.perform(as("admin", post("/framework/nodes/" + second + "/move")).with(csrf())
                        .param("direction", "up").param("version", "0"))
                .andExpect(redirectedUrl("/framework#node-" + second));
        assertThat(catalog.find(second).orElseThrow().sortOrder()).isEqualTo(before);
        mvc.perform(as("admin", post("/framework/nodes/" + first + "/retire")).with(csrf())
                        .param("version", "1").param("note", "merged"))
                .andExpect(redirectedUrl("/framework/nodes/" + first));
        assertThat(catalog.find(first).orElseThrow().retired()).isTrue();
        mvc.perform(as("viewer", get("/framework")))
                .andExpect(content().string(not(containsString("node-" + first))));
        mvc.perform(as("viewer", get("/framework").param("retired", "true")))
                .andExpect(content().string(allOf(containsString("node-" + first), containsString("badge retired"))));
    }

    @Test
    void nonEditorsGet403FromTheForms() throws Exception {
        mvc.perform(as("viewer", get("/framework/nodes/new"))).andExpect(status().isForbidden());
        mvc.perform(as("programme", get("/framework/nodes/SO1/edit"))).andExpect(status().isForbidden());
        mvc.perform(as("viewer", post("/framework/nodes/SO1")).with(csrf()).param("title", "x").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(as("partner", post("/framework/nodes/SO1/retire")).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(catalog.find("SO1").orElseThrow().retired()).isFalse();
    }
}
