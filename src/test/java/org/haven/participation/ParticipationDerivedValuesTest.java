package org.haven.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.participation.ParticipationFixtures.JSON;
import static org.haven.participation.ParticipationFixtures.activity;
import static org.haven.participation.ParticipationFixtures.as;
import static org.haven.participation.ParticipationFixtures.create;
import static org.haven.participation.ParticipationFixtures.engagement;
import static org.haven.participation.ParticipationFixtures.stored;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.data.IndicatorValues;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.OptionDefinition;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The ledger's derived values: counts by sex and age, the loop-closed and safeguarding shares and the share of
 * activities with child participation, recomputed on create, edit and delete (and on activity changes). Each test
 * uses its own country and year, since other classes share the database.
 */
@HavenDbTest
class ParticipationDerivedValuesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorValues indicatorValues;

    @Autowired
    DataElementCatalog elements;

    @Autowired
    EngagementDemoOwner demo;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void childrenAreCountedBySexAndAgeAndLandAsDerivedValuesOfTheQuarter() throws Exception {
        JsonNode e = create(mvc, "mel", engagement("2005-05-10", "DEMO-01", "ISL",
                "F:Y10T14:5,M:Y10T14:3,F:Y15T17:2,U:Y5T9:0", false, null, true));
        assertThat(e.get("totalChildren").asInt()).isEqualTo(10);
        assertThat(e.get("children")).hasSize(3);
        create(mvc, "mel", engagement("2005-06-30", "DEMO-01", "ISL", "F:Y10T14:4,M:Y15T17:1", false, null, true));
        create(mvc, "mel", engagement("2005-11-02", "DEMO-01", "ISL", "U:Y0T4:2", false, null, true));

        assertThat(stored(jdbc, "PART_CHILDREN_ENGAGED", "ISL")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2005Q2|AGE_CHILD:Y10T14;SEX:F", 9,
                "2005Q2|AGE_CHILD:Y10T14;SEX:M", 3,
                "2005Q2|AGE_CHILD:Y15T17;SEX:F", 2,
                "2005Q2|AGE_CHILD:Y15T17;SEX:M", 1,
                "2005Q4|AGE_CHILD:Y0T4;SEX:U", 2));
        assertThat(jdbc.sql("select distinct source from data_value where data_element_code = 'PART_CHILDREN_ENGAGED' and org_unit_code = 'ISL'")
                .query(String.class).list()).containsExactly("DERIVED");

        // the year rolls up from its quarters, in the indicator and on the ledger's summary
        assertThat(indicatorValues.compute("PART-01", Set.of("ISL"), "2005").value().getAsDouble()).isEqualTo(17.0);
        JsonNode year = year(summary("ISL"), 2005);
        assertThat(year.get("totalChildren").asInt()).isEqualTo(17);
        assertThat(year.get("children").get("Y10T14").get("F").asInt()).isEqualTo(9);
        assertThat(year.get("children").get("Y0T4").get("U").asInt()).isEqualTo(2);
        assertThat(year.get("engagements").asInt()).isEqualTo(3);
    }

    @Test
    void derivedValuesFollowCreateEditAndDelete() throws Exception {
        JsonNode first = create(mvc, "mel", engagement("2006-02-01", "DEMO-01", "NOR", "F:Y10T14:4", true, "2006-03-01", true));
        assertThat(stored(jdbc, "PART_ENGAGEMENTS", "NOR")).containsExactlyEntriesOf(Map.of("2006Q1|", 1));
        assertThat(stored(jdbc, "PART_CHILDREN_ENGAGED", "NOR")).containsExactlyEntriesOf(Map.of("2006Q1|AGE_CHILD:Y10T14;SEX:F", 4));

        JsonNode second = create(mvc, "mel", engagement("2006-03-15", "DEMO-01", "NOR", "M:Y15T17:6", false, null, false));
        assertThat(stored(jdbc, "PART_ENGAGEMENTS", "NOR")).containsExactlyEntriesOf(Map.of("2006Q1|", 2));
        assertThat(stored(jdbc, "PART_ENGAGEMENTS_LOOP_CLOSED", "NOR")).containsExactlyEntriesOf(Map.of("2006Q1|", 1));
        assertThat(stored(jdbc, "PART_ENGAGEMENTS_SAFEGUARDED", "NOR")).containsExactlyEntriesOf(Map.of("2006Q1|", 1));

        // edit: the second moves to the third quarter, gains two girls, closes the loop and meets every item
        String edited = withVersion(engagement("2006-08-20", "DEMO-01", "NOR", "M:Y15T17:6,F:Y15T17:2", true, "2006-09-01", true),
                second.get("version").asInt());
        mvc.perform(put("/api/v1/participation/" + second.get("id").asLong()).with(as("mel"))
                .contentType(MediaType.APPLICATION_JSON).content(edited)).andExpect(status().isOk());
        assertThat(stored(jdbc, "PART_CHILDREN_ENGAGED", "NOR")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2006Q1|AGE_CHILD:Y10T14;SEX:F", 4,
                "2006Q3|AGE_CHILD:Y15T17;SEX:F", 2,
                "2006Q3|AGE_CHILD:Y15T17;SEX:M", 6));
        assertThat(stored(jdbc, "PART_ENGAGEMENTS", "NOR")).containsExactlyInAnyOrderEntriesOf(Map.of("2006Q1|", 1, "2006Q3|", 1));
        assertThat(stored(jdbc, "PART_ENGAGEMENTS_LOOP_CLOSED", "NOR")).containsExactlyInAnyOrderEntriesOf(Map.of("2006Q1|", 1, "2006Q3|", 1));

        // delete: the first quarter's cells go
        mvc.perform(delete("/api/v1/participation/" + first.get("id").asLong()).with(as("mel"))).andExpect(status().isNoContent());
        assertThat(stored(jdbc, "PART_CHILDREN_ENGAGED", "NOR")).containsOnlyKeys(
                "2006Q3|AGE_CHILD:Y15T17;SEX:F", "2006Q3|AGE_CHILD:Y15T17;SEX:M");
        assertThat(stored(jdbc, "PART_ENGAGEMENTS", "NOR")).containsExactlyEntriesOf(Map.of("2006Q3|", 1));
        assertThat(year(summary("NOR"), 2006).get("totalChildren").asInt()).isEqualTo(8);
    }

    @Test
    void loopClosedAndSafeguardingSharesWorkedThrough() throws Exception {
        // four engagements in Finland in 2007: the loop closed after three (75.0%); every safeguarding item met in one (25.0%)
        create(mvc, "mel", engagement("2007-01-10", "DEMO-01", "FIN", "F:Y10T14:1", true, "2007-02-01", true));
        create(mvc, "mel", engagement("2007-04-10", "DEMO-01", "FIN", "F:Y10T14:1", true, "2007-05-01", false));
        create(mvc, "mel", engagement("2007-07-10", "DEMO-01", "FIN", "F:Y10T14:1", true, "2007-08-01", false));
        create(mvc, "mel", engagement("2007-10-10", "DEMO-01", "FIN", "F:Y10T14:1", false, null, false));

        assertThat(indicatorValues.compute("PART-03", Set.of("FIN"), "2007").value().getAsDouble()).isEqualTo(75.0);
        assertThat(indicatorValues.compute("PART-04", Set.of("FIN"), "2007").value().getAsDouble()).isEqualTo(25.0);
        // one quarter alone: Q4 has its one engagement with the loop still open
        assertThat(indicatorValues.compute("PART-03", Set.of("FIN"), "2007Q4").value().getAsDouble()).isEqualTo(0.0);
        JsonNode year = year(summary("FIN"), 2007);
        assertThat(year.get("engagements").asInt()).isEqualTo(4);
        assertThat(year.get("loopClosed").asInt()).isEqualTo(3);
        assertThat(year.get("loopClosedPercent").asDouble()).isEqualTo(75.0);
        assertThat(year.get("safeguarded").asInt()).isEqualTo(1);
        assertThat(year.get("safeguardedPercent").asDouble()).isEqualTo(25.0);
    }

    @Test
    void shareOfActivitiesWithChildParticipationFollowsEngagementsAndActivityChanges() throws Exception {
        String engaging = activity(mvc, "2003-01-01", "2003-12-31", "\"SWE\"", null);
        String other = activity(mvc, "2003-03-01", "2004-06-30", "\"SWE\"", null);
        create(mvc, "mel", engagement("2003-05-05", engaging, "SWE", "M:Y15T17:7", false, null, true));
        // 1 of the 2 activities running in 2003 engaged children (World, yearly)
        assertThat(stored(jdbc, "PART_ACTIVITIES_WITH_CHILDREN", "001")).containsEntry("2003|", 1);
        assertThat(stored(jdbc, "PART_ACTIVITIES", "001")).containsEntry("2003|", 2);
        assertThat(indicatorValues.compute("PART-02", Set.of("001"), "2003").value().getAsDouble()).isEqualTo(50.0);

        // cancelling the other activity leaves 1 of 1, recomputed in the activity change's transaction
        JsonNode act = JSON.readTree(mvc.perform(get("/api/v1/activities").param("q", other).with(as("viewer")))
                .andReturn().getResponse().getContentAsString()).get("items").get(0);
        mvc.perform(put("/api/v1/activities/" + act.get("id").asLong()).with(as("programme"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code": "%s", "title": "Participation test activity", "leadImplementer": "UNODC",
                         "nodeCodes": ["OO2"], "areaCodes": ["SWE"], "startDate": "2003-03-01", "endDate": "2004-06-30",
                         "status": "CANCELLED", "version": %d}
                        """.formatted(other, act.get("version").asInt()))).andExpect(status().isOk());
        assertThat(stored(jdbc, "PART_ACTIVITIES", "001")).containsEntry("2003|", 1);
        assertThat(indicatorValues.compute("PART-02", Set.of("001"), "2003").value().getAsDouble()).isEqualTo(100.0);
        assertThat(year(summary(null), 2003).get("activitiesPercent").asDouble()).isEqualTo(100.0);

        // deleting the engaging activity keeps the engagement (without its activity) and recounts the activities
        JsonNode engagingActivity = JSON.readTree(mvc.perform(get("/api/v1/activities").param("q", engaging).with(as("viewer")))
                .andReturn().getResponse().getContentAsString()).get("items").get(0);
        mvc.perform(delete("/api/v1/activities/" + engagingActivity.get("id").asLong()).with(as("programme")))
                .andExpect(status().isNoContent());
        assertThat(stored(jdbc, "PART_ACTIVITIES_WITH_CHILDREN", "001")).containsEntry("2003|", 0);
        assertThat(stored(jdbc, "PART_ACTIVITIES", "001")).containsEntry("2003|", 0);
        assertThat(stored(jdbc, "PART_ENGAGEMENTS", "SWE")).containsEntry("2003Q2|", 1);
    }

    @Test
    void theLedgerCountsChildrenWithTheLibrarysSexAndAgeOptions() {
        ElementDefinition element = elements.element("PART_CHILDREN_ENGAGED").orElseThrow();
        assertThat(element.derivedFrom()).isEqualTo("participation");
        assertThat(options(element, ChildBands.SEX_CATEGORY)).isEqualTo(ChildBands.SEXES);
        assertThat(options(element, ChildBands.AGE_CATEGORY)).isEqualTo(ChildBands.AGES);
    }

    @Test
    void demoEngagementsAreLabelledLinkedToDemoActivitiesAndRemovable() {
        assertThat(demo.count()).isEqualTo(13);
        assertThat(jdbc.sql("""
                select count(*) from participation_engagement e join activity a on a.id = e.activity_id
                where e.demo = true and a.demo = true and a.code like 'DEMO-%' and e.children_said like '[DEMO]%'""")
                .query(Long.class).single()).isEqualTo(13);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(demo.remove()).isEqualTo(13);
            assertThat(demo.count()).isZero();
            // Kenya's demo engagements were all the engagements of 2024Q1 there: their figures went with them
            assertThat(stored(jdbc, "PART_ENGAGEMENTS", "KEN")).doesNotContainKey("2024Q1|");
            tx.setRollbackOnly();
        });
        assertThat(demo.count()).isEqualTo(13);
    }

    private static List<String> options(ElementDefinition element, String category) {
        CategoryDefinition c = element.category(category).orElseThrow();
        return c.options().stream().map(OptionDefinition::code).toList();
    }

    private JsonNode summary(String country) throws Exception {
        var request = get("/api/v1/participation/indicators").with(as("viewer"));
        if (country != null) {
            request = request.param("country", country);
        }
        return JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode year(JsonNode summary, int year) {
        for (JsonNode y : summary.get("years")) {
            if (y.get("year").asInt() == year) {
                return y;
            }
        }
        throw new AssertionError("no year " + year + " in " + summary);
    }

    static String withVersion(String body, int version) {
        return body.trim().replaceAll("}$", ", \"version\": " + version + "}");
    }
}
