package org.haven.pivot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Favourites: save from the pivot page, list, rename, share, delete, audit, and who sees and changes what. */
@HavenDbTest
class FavouriteTest {

    private static final String QUERY = "dx=STR-02&ou=KEN&ou=UGA&pe=2025&row=ou&col=SEX&totals=ALL&chart=NONE";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void savedFavouriteIsListedOpensThePivotAndIsAudited() throws Exception {
        String name = "Awareness " + UUID.randomUUID();
        long id = save("mel", name, "PIVOT", false);

        String list = page("mel", "/me/favourites");
        assertThat(list).contains(name).contains("id=\"fav-" + id + "\"");
        MvcResult open = mvc.perform(as("mel", get("/me/favourites/" + id))).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(open.getResponse().getRedirectedUrl()).startsWith("/pivot?").contains("dx=STR-02")
                .contains("ou=KEN").contains("ou=UGA").contains("col=SEX");
        assertThat(audits(id, "CREATE")).isEqualTo(1);
        assertThat(jdbc.sql("select selection from favourite where id = :id").param("id", id).query(String.class)
                .single()).contains("\"dx\":[\"STR-02\"]");
    }

    @Test
    void aChartFavouriteKeepsAChartKind() throws Exception {
        long id = save("mel", "Chart " + UUID.randomUUID(), "CHART", false);
        MvcResult open = mvc.perform(as("mel", get("/me/favourites/" + id))).andReturn();
        assertThat(open.getResponse().getRedirectedUrl()).contains("chart=BAR");
    }

    @Test
    void othersNeitherSeeNorChangeAnUnsharedFavourite() throws Exception {
        String name = "Private " + UUID.randomUUID();
        long id = save("mel", name, "PIVOT", false);

        assertThat(page("viewer", "/me/favourites")).doesNotContain(name);
        mvc.perform(as("viewer", get("/me/favourites/" + id))).andExpect(status().isNotFound());
        mvc.perform(as("viewer", post("/me/favourites/" + id).param("name", "taken").param("version", "0")))
                .andExpect(status().isNotFound());
        mvc.perform(as("viewer", post("/me/favourites/" + id + "/delete").param("version", "0")))
                .andExpect(status().isNotFound());
        assertThat(nameOf(id)).isEqualTo(name);
    }

    @Test
    void aSharedFavouriteIsSeenByEveryoneButChangedOnlyByItsOwner() throws Exception {
        String name = "Shared " + UUID.randomUUID();
        long id = save("mel", name, "PIVOT", true);

        assertThat(page("viewer", "/me/favourites")).contains(name);
        mvc.perform(as("viewer", get("/me/favourites/" + id))).andExpect(status().is3xxRedirection());
        mvc.perform(as("viewer", post("/me/favourites/" + id).param("name", "taken").param("version", "0")))
                .andExpect(status().isForbidden());
        mvc.perform(as("viewer", post("/me/favourites/" + id + "/delete").param("version", "0")))
                .andExpect(status().isForbidden());
        assertThat(nameOf(id)).isEqualTo(name);
        // the viewer's own dashboard shows only the viewer's favourites
        assertThat(page("viewer", "/me/dashboard")).doesNotContain(name);
    }

    @Test
    void renameAndUnshareCheckTheVersionAndAreAudited() throws Exception {
        long id = save("mel", "Before " + UUID.randomUUID(), "PIVOT", true);
        String renamed = "After " + UUID.randomUUID();

        mvc.perform(as("mel", post("/me/favourites/" + id).param("name", renamed).param("version", "0")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "favourite.changed"));
        assertThat(nameOf(id)).isEqualTo(renamed);
        assertThat(jdbc.sql("select shared from favourite where id = :id").param("id", id).query(Boolean.class)
                .single()).isFalse();
        assertThat(audits(id, "UPDATE")).isEqualTo(1);

        mvc.perform(as("mel", post("/me/favourites/" + id).param("name", "stale").param("version", "0")))
                .andExpect(status().isConflict());
        mvc.perform(as("mel", post("/me/favourites/" + id).param("name", " ").param("version", "1")))
                .andExpect(status().isBadRequest());
        assertThat(nameOf(id)).isEqualTo(renamed);
    }

    @Test
    void deleteRemovesTheFavouriteAndIsAudited() throws Exception {
        String name = "Gone " + UUID.randomUUID();
        long id = save("mel", name, "PIVOT", false);
        mvc.perform(as("mel", post("/me/favourites/" + id + "/delete").param("version", "1")))
                .andExpect(status().isConflict());
        mvc.perform(as("mel", post("/me/favourites/" + id + "/delete").param("version", "0")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from favourite where id = :id").param("id", id).query(Long.class)
                .single()).isZero();
        assertThat(audits(id, "DELETE")).isEqualTo(1);
        assertThat(page("mel", "/me/favourites")).doesNotContain(name);
    }

    @Test
    void anInvalidFavouriteIsNotSavedAndTheReasonIsShown() throws Exception {
        long before = count();
        mvc.perform(as("mel", post("/me/favourites").param("name", "").param("kind", "PIVOT").param("query", QUERY)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("favouriteProblems"));
        mvc.perform(as("mel", post("/me/favourites").param("name", "Unknown item").param("kind", "PIVOT")
                .param("query", "dx=NO_SUCH_ITEM&ou=KEN&pe=2025&row=ou"))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("favouriteProblems"));
        assertThat(count()).isEqualTo(before);
    }

    // ---- helpers

    private long save(String user, String name, String kind, boolean shared) throws Exception {
        MockHttpServletRequestBuilder request = post("/me/favourites").param("name", name).param("kind", kind)
                .param("query", QUERY);
        if (shared) {
            request.param("shared", "true");
        }
        MvcResult result = mvc.perform(as(user, request)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "favourite.saved")).andReturn();
        String url = result.getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/me/favourites#fav-");
        return Long.parseLong(url.substring(url.indexOf("#fav-") + 5));
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(as(user, get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestDatabase.ADMIN_PASSWORD)).with(csrf());
    }

    private String nameOf(long id) {
        return jdbc.sql("select name from favourite where id = :id").param("id", id).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from favourite").query(Long.class).single();
    }

    private long audits(long id, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'favourite' and entity_id = :id and action = :a")
                .param("id", String.valueOf(id)).param("a", action).query(Long.class).single();
    }
}
