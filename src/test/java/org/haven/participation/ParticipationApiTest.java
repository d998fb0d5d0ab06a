package org.haven.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.participation.ParticipationFixtures.JSON;
import static org.haven.participation.ParticipationFixtures.activity;
import static org.haven.participation.ParticipationFixtures.as;
import static org.haven.participation.ParticipationFixtures.create;
import static org.haven.participation.ParticipationFixtures.engagement;
import static org.haven.participation.ParticipationDerivedValuesTest.withVersion;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/** The ledger's JSON API: create and read, 400 with fields, 403 outside a user's scope, 404, 409. */
@HavenDbTest
class ParticipationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long count() {
        return jdbc.sql("select count(*) from participation_engagement").query(Long.class).single();
    }

    private MvcResult send(String user, String body, int status) throws Exception {
        return mvc.perform(post("/api/v1/participation")
                        .with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status)).andReturn();
    }

    private static List<String> fields(MvcResult r) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(r.getResponse().getContentAsString()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void createAnswers201WithLocationAndTheEngagementReadsBack() throws Exception {
        MvcResult r = send("mel", engagement("2008-04-01", "DEMO-01", "KEN", "F:Y10T14:3,M:Y15T17:2", true, "2008-05-01", true), 201);
        String location = r.getResponse().getHeader("Location");
        assertThat(location).matches("/api/v1/participation/\\d+");
        JsonNode read = JSON.readTree(mvc.perform(get(location).with(as("viewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(read.get("activityCode").asString()).isEqualTo("DEMO-01");
        assertThat(read.get("country").asString()).isEqualTo("KEN");
        assertThat(read.get("purpose").asString()).isEqualTo("CONSULTATION");
        assertThat(read.get("totalChildren").asInt()).isEqualTo(5);
        assertThat(read.get("safeguardingComplete").asBoolean()).isTrue();
        assertThat(read.get("loopClosed").asBoolean()).isTrue();
        assertThat(read.get("feedbackDate").asString()).isEqualTo("2008-05-01");
        assertThat(read.get("childrenWithDisabilities").asString()).isEqualTo("YES");
        assertThat(read.get("version").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'participation_engagement' and entity_id = :id")
                .param("id", String.valueOf(read.get("id").asLong())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputAnswers400NamingEachFieldAndStoresNothing() throws Exception {
        long before = count();
        MvcResult empty = send("mel", "{}", 400);
        assertThat(fields(empty)).contains("date", "activity", "country", "purpose", "modality", "children");

        MvcResult bad = send("mel", """
                {"date": "2009-13-01", "activity": "NO-SUCH-ACTIVITY", "country": "XXX", "purpose": "GOSSIP",
                 "modality": "CARRIER_PIGEON", "children": [{"sex": "F", "ageBand": "Y10T14", "children": -1},
                 {"sex": "Q", "ageBand": "Y99", "children": 2}, {"sex": "F", "ageBand": "Y10T14", "children": 3}],
                 "childrenWithDisabilities": "MAYBE", "loopClosed": true}
                """, 400);
        assertThat(fields(bad)).contains("date", "activity", "country", "purpose", "modality", "children[0].children",
                "children[1].sex", "children[1].ageBand", "children[2]", "childrenWithDisabilities", "feedbackDate");

        MvcResult feedbackBefore = send("mel", engagement("2009-06-01", "DEMO-01", "KEN", "F:Y10T14:1", true, "2009-05-01", true), 400);
        assertThat(fields(feedbackBefore)).containsExactly("feedbackDate");
        MvcResult notClosed = send("mel", engagement("2009-06-01", "DEMO-01", "KEN", "F:Y10T14:1", false, "2009-07-01", true), 400);
        assertThat(fields(notClosed)).containsExactly("feedbackDate");
        MvcResult future = send("mel", engagement("2999-01-01", "DEMO-01", "KEN", "F:Y10T14:1", false, null, true), 400);
        assertThat(fields(future)).containsExactly("date");
        MvcResult noChildren = send("mel", engagement("2009-06-01", "DEMO-01", "KEN", "F:Y10T14:0", false, null, true), 400);
        assertThat(fields(noChildren)).containsExactly("children");
        MvcResult identifying = send("mel", engagement("2009-06-01", "DEMO-01", "KEN", "F:Y10T14:1", false, null, true)
                .replace("Children asked for shorter sessions.", "Write to amina.k@example.org or +254 712 345 678"), 400);
        assertThat(fields(identifying)).containsExactly("whatChildrenSaid");
        MvcResult notJson = send("mel", "{not json", 400);
        assertThat(fields(notJson)).containsExactly("body");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void focalPointRecordsOnlyInTheirCountries() throws Exception {
        long before = count();
        JsonNode inKenya = create(mvc, "focal.ken", engagement("2010-02-01", "DEMO-01", "KEN", "F:Y10T14:2", false, null, true));
        send("focal.ken", engagement("2010-02-01", "DEMO-01", "UGA", "F:Y10T14:2", false, null, true), 403);
        assertThat(count()).isEqualTo(before + 1);

        // moving their Kenyan engagement to Uganda is refused, and so is changing an engagement outside Kenya
        mvc.perform(put("/api/v1/participation/" + inKenya.get("id").asLong()).with(as("focal.ken"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(withVersion(engagement("2010-02-01", "DEMO-01", "UGA", "F:Y10T14:2", false, null, true), 0)))
                .andExpect(status().isForbidden());
        JsonNode inUganda = create(mvc, "mel", engagement("2010-02-01", "DEMO-01", "UGA", "F:Y10T14:2", false, null, true));
        mvc.perform(put("/api/v1/participation/" + inUganda.get("id").asLong()).with(as("focal.ken"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(withVersion(engagement("2010-02-01", "DEMO-01", "KEN", "F:Y10T14:2", false, null, true), 0)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/participation/" + inUganda.get("id").asLong()).with(as("focal.ken")))
                .andExpect(status().isForbidden());
        JsonNode still = JSON.readTree(mvc.perform(get("/api/v1/participation/" + inUganda.get("id").asLong()).with(as("viewer")))
                .andReturn().getResponse().getContentAsString());
        assertThat(still.get("country").asString()).isEqualTo("UGA");
        assertThat(still.get("version").asInt()).isZero();
    }

    @Test
    void partnerReporterRecordsAndSeesOnlyTheirPartnersActivities() throws Exception {
        String ours = activity(mvc, "2011-01-01", "2011-12-31", "\"GHA\"", "DEMO-NGO");
        String theirs = activity(mvc, "2011-01-01", "2011-12-31", "\"GHA\"", "DEMO-TELECOM");
        JsonNode mine = create(mvc, "partner", engagement("2011-03-01", ours, "GHA", "M:Y15T17:4", false, null, true));
        long before = count();
        send("partner", engagement("2011-03-01", theirs, "GHA", "M:Y15T17:4", false, null, true), 403);
        assertThat(count()).isEqualTo(before);

        JsonNode other = create(mvc, "mel", engagement("2011-03-02", theirs, "GHA", "F:Y15T17:4", false, null, true));
        mvc.perform(get("/api/v1/participation/" + other.get("id").asLong()).with(as("partner"))).andExpect(status().isForbidden());
        JsonNode list = JSON.readTree(mvc.perform(get("/api/v1/participation").param("country", "GHA").param("year", "2011")
                .with(as("partner"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Long> ids = new ArrayList<>();
        list.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).containsExactly(mine.get("id").asLong());
        JsonNode all = JSON.readTree(mvc.perform(get("/api/v1/participation").param("country", "GHA").param("year", "2011")
                .with(as("viewer"))).andReturn().getResponse().getContentAsString());
        assertThat(all.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void viewerReadsButMayNotWrite() throws Exception {
        long before = count();
        send("viewer", engagement("2012-01-01", "DEMO-01", "KEN", "F:Y10T14:1", false, null, true), 403);
        mvc.perform(get("/api/v1/participation").with(as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/participation")).andExpect(status().isUnauthorized());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void staleVersionAnswers409AndMissingIds404() throws Exception {
        JsonNode e = create(mvc, "mel", engagement("2012-03-01", "DEMO-01", "KEN", "F:Y10T14:1", false, null, true));
        long id = e.get("id").asLong();
        String changed = engagement("2012-03-01", "DEMO-01", "KEN", "F:Y10T14:5", false, null, true);
        mvc.perform(put("/api/v1/participation/" + id).with(as("mel")).contentType(MediaType.APPLICATION_JSON)
                .content(withVersion(changed, 0))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/participation/" + id).with(as("mel")).contentType(MediaType.APPLICATION_JSON)
                .content(withVersion(changed.replace("\"children\": 5", "\"children\": 9"), 0)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/participation/" + id).with(as("mel")).contentType(MediaType.APPLICATION_JSON)
                .content(changed)).andExpect(status().isBadRequest());
        JsonNode now = JSON.readTree(mvc.perform(get("/api/v1/participation/" + id).with(as("mel")))
                .andReturn().getResponse().getContentAsString());
        assertThat(now.get("totalChildren").asInt()).isEqualTo(5);
        assertThat(now.get("version").asInt()).isEqualTo(1);
        mvc.perform(get("/api/v1/participation/999999999").with(as("mel"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/participation/999999999").with(as("mel"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/participation").with(as("mel")).contentType(MediaType.APPLICATION_JSON)
                .content(engagement("2012-03-01", "DEMO-01", "KEN", "F:Y10T14:1", false, null, true)))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"));
    }
}
