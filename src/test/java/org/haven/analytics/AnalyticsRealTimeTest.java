package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.analytics.Fixtures.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.haven.data.DataValueService;
import org.haven.data.ValueSource;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real time: whatever way a value is saved, changed, approved or deleted, the very next query sees it (the engine
 * re-reads the touched cells when the write commits, before the writing call returns; nothing is waited for).
 */
@HavenDbTest
class AnalyticsRealTimeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    Analytics analytics;

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate transactions;

    private Double total(String element, String orgUnit, String period, boolean approvedOnly) {
        List<AnalyticsRow> rows = analytics.query(AnalyticsQuery.of(List.of(element), List.of(orgUnit), List.of(period))
                .approvedOnly(approvedOnly)).rows();
        return rows.isEmpty() ? null : rows.get(0).value();
    }

    @Test
    void aValueWrittenChangedAndDeletedThroughTheServiceIsSeenByTheNextQuery() {
        String e = Fixtures.element(jdbc, "RT_SVC", "", "SUM", "SUM");
        assertThat(total(e, "KEN", "2025", false)).isNull();

        values.write(List.of(value(e, "KEN", "2025-03", Map.of(), 7)), ValueSource.ENTRY);
        assertThat(total(e, "KEN", "2025", false)).isEqualTo(7.0);

        values.write(List.of(value(e, "KEN", "2025-03", Map.of(), 9), value(e, "KEN", "2025-04", Map.of(), 1)),
                ValueSource.ENTRY);
        assertThat(total(e, "002", "2025", false)).isEqualTo(10.0);

        values.write(List.of(Fixtures.delete(e, "KEN", "2025-03", Map.of())), ValueSource.ENTRY);
        assertThat(total(e, "KEN", "2025", false)).isEqualTo(1.0);
    }

    @Test
    void aWriteThatRollsBackIsNeverSeen() {
        String e = Fixtures.element(jdbc, "RT_RB", "", "SUM", "SUM");
        transactions.executeWithoutResult(status -> {
            values.write(List.of(value(e, "KEN", "2025", Map.of(), 7)), ValueSource.ENTRY);
            status.setRollbackOnly();
        });
        assertThat(total(e, "KEN", "2025", false)).isNull();
    }

    @Test
    void valuesPostedToTheApiAndImportedAreSeenByTheNextAnalyticsCall() throws Exception {
        String e = Fixtures.element(jdbc, "RT_API", "", "SUM", "SUM");
        mvc.perform(post("/api/v1/datavalues").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"dataElement\": \"" + e + "\", \"orgUnit\": \"UGA\", \"period\": \"2025Q1\", \"value\": 12}]"))
                .andExpect(status().isOk());
        assertThat(apiValue(e, "UGA", "2025")).isEqualTo(12.0);

        String csv = "data_element,org_unit,period,value\n" + e + ",UGA,2025Q2,30\n" + e + ",KEN,2025Q2,5\n";
        mvc.perform(post("/api/v1/datavalues/import").param("dryRun", "false")
                        .with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)).contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
        assertThat(apiValue(e, "UGA", "2025")).isEqualTo(42.0);
        assertThat(apiValue(e, "014", "2025")).isEqualTo(47.0);
    }

    private Double apiValue(String dx, String ou, String pe) throws Exception {
        String body = mvc.perform(get("/api/v1/analytics").param("dx", dx).param("ou", ou).param("pe", pe)
                        .with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode rows = JSON.readTree(body).get("rows");
        return rows.isEmpty() ? null : rows.get(0).get(3).asDouble();
    }

    @Test
    void approvingAndUnlockingChangeWhatApprovedOnlyQueriesSee() throws Exception {
        String e = Fixtures.element(jdbc, "RT_APP", "", "SUM", "SUM");
        String ds = Fixtures.dataSet(jdbc, "YEARLY", e);
        values.write(List.of(value(e, "KEN", "2025", Map.of(), 4)), ValueSource.ENTRY);
        assertThat(total(e, "KEN", "2025", true)).isNull();

        mvc.perform(post("/api/v1/approvals/{ds}/KEN/2025/approve", ds)
                .with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))).andExpect(status().isOk());
        assertThat(total(e, "KEN", "2025", true)).isEqualTo(4.0);

        mvc.perform(post("/api/v1/approvals/{ds}/KEN/2025/unlock", ds).with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"correction\"}")).andExpect(status().isOk());
        assertThat(total(e, "KEN", "2025", true)).isNull();
        assertThat(total(e, "KEN", "2025", false)).isEqualTo(4.0);
    }

    @Test
    void anElementAddedToAnApprovedDataSetCountsAsApprovedAtOnce() throws Exception {
        String approvedElement = Fixtures.element(jdbc, "RT_DS1", "", "SUM", "SUM");
        String added = Fixtures.element(jdbc, "RT_DS2", "", "SUM", "SUM");
        String ds = Fixtures.dataSet(jdbc, "YEARLY", approvedElement);
        values.write(List.of(value(approvedElement, "UGA", "2025", Map.of(), 1), value(added, "UGA", "2025", Map.of(), 2)),
                ValueSource.ENTRY);
        mvc.perform(post("/api/v1/approvals/{ds}/UGA/2025/approve", ds)
                .with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))).andExpect(status().isOk());
        assertThat(total(added, "UGA", "2025", true)).isNull();

        mvc.perform(post("/data/sets/" + ds).with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .with(csrf())
                        .param("version", "0").param("name", ds).param("periodType", "YEARLY").param("openDays", "3660")
                        .param("elements", approvedElement, added))
                .andExpect(status().is3xxRedirection());
        assertThat(total(added, "UGA", "2025", true)).isEqualTo(2.0);
    }
}
