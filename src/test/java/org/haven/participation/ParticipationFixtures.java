package org.haven.participation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.haven.testsupport.TestDatabase;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared helpers of the ledger's tests: users, request bodies, test activities and the stored derived values. */
final class ParticipationFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ParticipationFixtures() {
    }

    static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An engagement body; {@code children} like "F:Y10T14:5,M:Y10T14:3". */
    static String engagement(String date, String activity, String country, String children, boolean loopClosed,
            String feedbackDate, boolean safeguarded) {
        StringBuilder counts = new StringBuilder();
        for (String c : children.split(",")) {
            String[] p = c.split(":");
            if (counts.length() > 0) {
                counts.append(", ");
            }
            counts.append("{\"sex\": \"%s\", \"ageBand\": \"%s\", \"children\": %s}".formatted(p[0], p[1], p[2]));
        }
        return """
                {"date": "%s", "activity": "%s", "country": "%s", "purpose": "CONSULTATION", "modality": "IN_PERSON",
                 "children": [%s], "childrenWithDisabilities": "YES", "childrenOnTheMove": "NO",
                 "safeguarding": {"informedConsent": true, "focalPointNamed": true, "dataMinimised": true,
                                  "childFriendlyInformation": %s},
                 "whatChildrenSaid": "Children asked for shorter sessions.", "howViewsWereUsed": "Sessions were shortened.",
                 "loopClosed": %s, "feedbackDate": %s}
                """.formatted(date, activity, country, counts, safeguarded, loopClosed,
                feedbackDate == null ? "null" : "\"" + feedbackDate + "\"");
    }

    static JsonNode create(MockMvc mvc, String user, String body) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/participation").with(as(user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** Creates an activity through the Action Plan API (as programme) and returns its code. */
    static String activity(MockMvc mvc, String start, String end, String areas, String partners) throws Exception {
        String code = unique("PART");
        mvc.perform(post("/api/v1/activities").with(as("programme")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "title": "Participation test activity", "leadImplementer": "UNODC",
                                 "partners": %s, "nodeCodes": ["OO2"], "areaCodes": [%s], "startDate": "%s",
                                 "endDate": "%s", "status": "ONGOING"}
                                """.formatted(code, partners == null ? "[]" : "[\"" + partners + "\"]", areas, start, end)))
                .andExpect(status().isCreated());
        return code;
    }

    /** Stored values of a derived element for one org unit: "period|combo" -> value. */
    static Map<String, Integer> stored(JdbcClient jdbc, String element, String orgUnit) {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.sql("""
                select period, combo, numeric_value from data_value
                where data_element_code = :e and org_unit_code = :ou order by period, combo""")
                .param("e", element).param("ou", orgUnit)
                .query((rs, n) -> out.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3).intValueExact()))
                .list();
        return out;
    }
}
