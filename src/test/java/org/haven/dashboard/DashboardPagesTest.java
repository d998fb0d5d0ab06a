package org.haven.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.data.ApprovalService;
import org.haven.data.DataValueService;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HavenDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataValueService values;

    @Autowired
    ApprovalService approvals;

    @BeforeAll
    void values() {
        DashboardFixtures.ensure(values, approvals);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String signedIn(String path) throws Exception {
        return page(get(path).with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)));
    }

    private String anonymous(String path) throws Exception {
        return page(get(path));
    }

    @Test
    void overviewShowsEveryObjectiveWithItsIndicatorsTheActivitiesByStatusAndTheGaps() throws Exception {
        String html = signedIn("/dashboards");
        for (String code : new String[] {"SO1", "SO2", "SO3", "OO1", "OO2", "OO3", "OO4"}) {
            assertThat(html).contains("id=\"tile-" + code + "\"").contains("href=\"/framework/nodes/" + code + "\"");
        }
        assertThat(html).contains("href=\"/dashboards/indicators/JJ-7\"")
                .contains("On track: 90 % of target or more").contains("Off track: under 60 %")
                .contains("id=\"chart-activities\"").contains("href=\"/activities?status=ONGOING\"")
                .contains("Coverage gaps").contains("Download SVG").contains("Data table");
    }

    @Test
    void dashboardsNeedALoginAndThePublicPagesDoNot() throws Exception {
        mvc.perform(get("/dashboards")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/dashboards/indicators/JJ-7")).andExpect(status().is3xxRedirection());
        String overview = anonymous("/public");
        assertThat(overview).contains("Strategy overview").contains("href=\"/login\"")
                .contains("href=\"/public/indicators/JJ-7\"").contains("id=\"chart-activities\"")
                .doesNotContain("href=\"/framework/").doesNotContain("href=\"/activities")
                .doesNotContain("Log out");
        assertThat(anonymous("/public/indicators/JJ-7")).contains("JJ-7");
        assertThat(anonymous("/public/countries/KEN")).contains("Kenya: country profile");
        assertThat(anonymous("/maps/world-110m.json")).contains("\"m49\":\"404\"");
        assertThat(anonymous("/js/dashboard.js")).contains("renderToSVGString");
    }

    @Test
    void indicatorPageShowsTheTrendTheSplitBySexTheMapAndEveryValue() throws Exception {
        String html = signedIn("/dashboards/indicators/JJ-7?ou=TKL");
        assertThat(html).contains("Latest value: Tokelau")
                .contains("id=\"chart-trend\"").contains("id=\"chart-sex\"").contains("id=\"chart-map\"")
                .contains("75.0 %").contains("85.0 %").contains("60.0 %").contains("90.0 %")
                .contains("href=\"/dashboards/countries/TKL\"").contains("href=\"/indicators/JJ-7\"");
        assertThat(html).contains("\"type\":\"map\"").contains("\"mapUrl\":\"/maps/world-110m.json\"")
                .contains("\"m49\":\"772\"");
    }

    @Test
    void publicIndicatorPageShowsApprovedValuesOnly() throws Exception {
        String html = anonymous("/public/indicators/JJ-7?ou=TKL");
        assertThat(html).contains("75.0 %").contains(DashboardFixtures.APPROVED_YEAR)
                .doesNotContain("85.0 %").doesNotContain(DashboardFixtures.UNAPPROVED_YEAR)
                .doesNotContain("href=\"/indicators/").contains("href=\"/public/countries/TKL\"");
        assertThat(signedIn("/dashboards/indicators/JJ-7?ou=TKL")).contains(DashboardFixtures.UNAPPROVED_YEAR);
    }

    @Test
    void publicViewShowsSuppressedCellsAsSuchWithAnExplanation() throws Exception {
        String html = anonymous("/public/indicators/JJ-7?ou=SHN");
        assertThat(html).contains(">suppressed<").contains("href=\"#suppression\"").contains("Suppressed values")
                .contains("hides every count below 5").doesNotContain("6.0 %");
        assertThat(signedIn("/dashboards/indicators/JJ-7?ou=SHN")).contains("6.0 %").doesNotContain(">suppressed<");
    }

    @Test
    void publishedSdgValuesShowOnThePublicPagesAndTheWorldMapFromTheFirstStart() throws Exception {
        assertThat(anonymous("/public")).contains("href=\"/public/indicators/VC_IHR_PSRC\"")
                .contains("UN SDG Global Database");
        String homicide = anonymous("/public/indicators/VC_IHR_PSRC?ou=BRA");
        assertThat(homicide).contains("id=\"chart-trend\"").contains("id=\"chart-map\"")
                .contains("\"m49\":\"076\"").contains("Country data").contains("UN SDG Global Database")
                .contains("href=\"/public/countries/BRA\"");
    }

    @Test
    void countShowsTheNumeratorInsteadOfTheRate() throws Exception {
        String rate = signedIn("/dashboards/indicators/JJ-7?ou=TKL");
        assertThat(rate).contains("href=\"/dashboards/indicators/JJ-7?ou=TKL&amp;measure=count\"");
        String count = signedIn("/dashboards/indicators/JJ-7?ou=TKL&measure=count");
        assertThat(count).contains("Count: Children in detention not wholly separated from adults")
                .contains(">30<").contains(">85<").doesNotContain("75.0 %").doesNotContain("% of target");
    }

    @Test
    void countryProfileComparesWithRegionAndWorldAndListsTheActivities() throws Exception {
        String html = signedIn("/dashboards/countries/TKL");
        assertThat(html).contains("Tokelau: country profile").contains("Oceania").contains("World")
                .contains("href=\"/dashboards/indicators/JJ-7?ou=TKL\"").contains("85.0 %")
                .contains("id=\"chart-compare-1\"");
        String kenya = signedIn("/dashboards/countries/KEN");
        assertThat(kenya).contains("DEMO-01").contains("href=\"/activities/");
        String publicKenya = anonymous("/public/countries/KEN");
        assertThat(publicKenya).contains("DEMO-01").doesNotContain("href=\"/activities/");
        // the approved 1993 value may be hidden as a complementary cell (Saint Helena's small count), never 1994's
        assertThat(anonymous("/public/countries/TKL")).contains("href=\"/public/indicators/JJ-7?ou=TKL\"")
                .contains(">" + DashboardFixtures.APPROVED_YEAR + "<").doesNotContain("85.0 %");
    }

    @Test
    void unknownIndicatorsAndCountriesAre404() throws Exception {
        mvc.perform(get("/dashboards/indicators/NO-SUCH").with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/countries/XXX")).andExpect(status().isNotFound());
        mvc.perform(get("/public/countries/002")).andExpect(status().isNotFound());
        mvc.perform(get("/public/indicators/JJ-7?ou=NOWHERE")).andExpect(status().isNotFound());
    }

    @Test
    void theCountryPickerOpensTheProfile() throws Exception {
        mvc.perform(get("/public/countries?country=ken")).andExpect(redirectedUrl("/public/countries/KEN"));
        mvc.perform(get("/public/countries?country=nowhere")).andExpect(redirectedUrl("/public"));
    }

    @Test
    void pagesCarryNoInlineScriptsOnlyDataBlocks() throws Exception {
        for (String html : new String[] {signedIn("/dashboards"), signedIn("/dashboards/indicators/JJ-7?ou=TKL"),
                anonymous("/public/countries/TKL")}) {
            Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
            int blocks = 0;
            while (scripts.find()) {
                String attributes = scripts.group(1);
                assertThat(attributes).matches(".*(src=\"[^\"]+\"|type=\"application/json\").*");
                blocks += attributes.contains("application/json") ? 1 : 0;
            }
            assertThat(blocks).isPositive();
        }
    }
}
