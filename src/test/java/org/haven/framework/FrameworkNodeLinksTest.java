package org.haven.framework;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Node pages show one section per NodeLinkContributor, as other features (the Action Plan) will provide. */
@HavenDbTest
@Import(FrameworkNodeLinksTest.Links.class)
class FrameworkNodeLinksTest {

    @TestConfiguration
    static class Links {
        @Bean
        NodeLinkContributor activities() {
            return new NodeLinkContributor() {
                @Override
                public String sectionKey() {
                    return "nav.activities";
                }

                @Override
                public List<NodeLink> linkedTo(String nodeCode) {
                    return "SO1".equals(nodeCode)
                            ? List.of(new NodeLink("Test activity", "/activities/TEST-1", "ongoing"))
                            : List.of();
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void eachContributorAddsASectionWithItsLinksOrNoneLinkedYet() throws Exception {
        mvc.perform(get("/framework/nodes/SO1").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h2>Action Plan</h2>"),
                        containsString("href=\"/activities/TEST-1\""), containsString("Test activity"),
                        containsString("ongoing"))));
        mvc.perform(get("/framework/nodes/SO2").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(content().string(allOf(containsString("<h2>Action Plan</h2>"),
                        containsString("none linked yet"))));
    }
}
