package org.haven.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funding API: gap arithmetic across currencies and earmarking (exact expected changes), pipeline, validation
 * messages with nothing written, optimistic versions, audit, and scoping of partner users. Money of this class is
 * dated 2032 (ISK rates of its own) so no other test's figures mix in; gap figures are compared before and after.
 */
@HavenDbTest
class FundingApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundingFacts facts;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private void partner(String code, String donorType) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into partner (code, name, partner_type, donor_type, demo, version, created_at, created_by, updated_at, updated_by)
                values (:code, :name, 'MEMBER_STATE', :donor, false, 0, :now, 'test', :now, 'test')""")
                .param("code", code).param("name", "Test partner " + code).param("donor", donorType).param("now", now).update();
    }

    private JsonNode send(MockHttpServletRequestBuilder request, String user, String body, int expected) throws Exception {
        String out = mvc.perform(request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return out.isBlank() ? null : JSON.readTree(out);
    }

    private JsonNode read(String path, String user) throws Exception {
        return JSON.readTree(mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @BeforeEach
    void iskRates() throws Exception {
        if (jdbc.sql("select count(*) from exchange_rate where currency = 'ISK'").query(Long.class).single() == 0) {
            send(post("/api/v1/funding/rates"), "admin",
                    "{\"currency\": \"ISK\", \"validFrom\": \"2032-01-01\", \"rateToUsd\": \"0.0080\", \"source\": \"test\"}", 200);
            send(post("/api/v1/funding/rates"), "admin",
                    "{\"currency\": \"ISK\", \"validFrom\": \"2032-07-01\", \"rateToUsd\": \"0.0100\", \"source\": \"test\"}", 200);
        }
    }

    private String activity(String nodes, String areas, String start, String amount, String currency) throws Exception {
        String code = unique("FGAP");
        send(post("/api/v1/activities"), "programme", """
                {"code": "%s", "title": "Funding gap test", "leadImplementer": "UNODC", "nodeCodes": [%s],
                 "areaCodes": [%s], "startDate": "%s", "endDate": "2033-12-31", "status": "PLANNED",
                 "budgetAmount": %s, "budgetCurrency": "%s", "childParticipation": "NONE"}
                """.formatted(code, nodes, areas, start, amount, currency), 201);
        return code;
    }

    private long agreement(String donor, String amount, String currency, String earmarks) throws Exception {
        return send(post("/api/v1/funding/agreements"), "programme", """
                {"reference": "%s", "title": "Gap test agreement", "donor": "%s", "amount": "%s", "currency": "%s",
                 "startDate": "2032-02-01", "endDate": "2033-12-31", "earmarks": [%s]}
                """.formatted(unique("FGA"), donor, amount, currency, earmarks), 201).get("id").asLong();
    }

    private void receipt(long agreement, String date, String amount, String currency) throws Exception {
        send(post("/api/v1/funding/agreements/" + agreement + "/receipts"), "programme",
                "{\"date\": \"%s\", \"amount\": \"%s\", \"currency\": \"%s\"}".formatted(date, amount, currency), 201);
    }

    /** code -> [activities, planned, funded, gap] plus "_unearmarked" and "_elsewhere". */
    private Map<String, BigDecimal[]> gap(String by) throws Exception {
        JsonNode r = read("/api/v1/funding/gap?by=" + by, "viewer");
        Map<String, BigDecimal[]> out = new HashMap<>();
        for (JsonNode row : r.get("rows")) {
            out.put(row.get("code").asString(), new BigDecimal[] {BigDecimal.valueOf(row.get("activities").asInt()),
                    row.get("planned").decimalValue(), row.get("funded").decimalValue(), row.get("gap").decimalValue()});
        }
        out.put("_unearmarked", new BigDecimal[] {r.get("unearmarked").decimalValue()});
        out.put("_elsewhere", new BigDecimal[] {r.get("elsewhere").decimalValue()});
        return out;
    }

    private static void assertDelta(Map<String, BigDecimal[]> before, Map<String, BigDecimal[]> after, String code,
            String... expected) {
        BigDecimal[] b = before.getOrDefault(code, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        BigDecimal[] a = after.get(code);
        assertThat(a).as("row " + code).isNotNull();
        for (int i = 0; i < expected.length; i++) {
            assertThat(a[i].subtract(b[i])).as(code + " column " + i).isEqualByComparingTo(expected[i]);
        }
    }

    @Test
    void gapAcrossCurrenciesAndEarmarking() throws Exception {
        String donor = unique("FGD");
        partner(donor, "TRADITIONAL");
        Map<String, BigDecimal[]> objBefore = gap("objective");
        Map<String, BigDecimal[]> ctxBefore = gap("context");
        Map<String, BigDecimal[]> ctyBefore = gap("country");
        FundingFacts.Totals totalsBefore = facts.totals(2032);

        // A1: 10,000,000 ISK on 2032-03-01 at 0.0080 = 80,000 USD; SO2, MOV; ISL and FJI (40,000 each)
        String a1 = activity("\"SO2\", \"MOV\"", "\"ISL\", \"FJI\"", "2032-03-01", "10000000", "ISK");
        // A2: 50,000 USD; SO2 and SO3 (25,000 each); JUS through its aim JUS-1; ISL
        activity("\"SO2\", \"SO3\", \"JUS-1\"", "\"ISL\"", "2032-08-01", "50000", "USD");

        // G1: 100,000 USD, 60,000 to SO2, the rest (0.4) to ISL; 50,000 received
        long g1 = agreement(donor, "100000", "USD",
                "{\"kind\": \"OBJECTIVE\", \"code\": \"SO2\", \"amount\": \"60000\"}, {\"kind\": \"COUNTRY\", \"code\": \"isl\"}");
        receipt(g1, "2032-03-01", "50000", "USD");
        // G2: 20,000,000 ISK shared equally by activity A1 and context JUS; 10,000,000 ISK received on 2032-08-15
        // at 0.0100 = 100,000 USD
        long g2 = agreement(donor, "20000000", "ISK",
                "{\"kind\": \"ACTIVITY\", \"code\": \"%s\"}, {\"kind\": \"CONTEXT\", \"code\": \"JUS\"}".formatted(a1));
        receipt(g2, "2032-08-15", "10000000", "ISK");
        // G3: unearmarked, 30,000 USD received
        long g3 = agreement(donor, "30000", "USD", "");
        receipt(g3, "2032-04-01", "30000", "USD");

        Map<String, BigDecimal[]> obj = gap("objective");
        assertDelta(objBefore, obj, "SO2", "2", "105000", "80000", "25000");
        assertDelta(objBefore, obj, "SO3", "1", "25000", "0", "25000");
        assertDelta(objBefore, obj, "_unearmarked", "30000");
        assertDelta(objBefore, obj, "_elsewhere", "70000");

        Map<String, BigDecimal[]> ctx = gap("context");
        assertDelta(ctxBefore, ctx, "MOV", "1", "80000", "50000", "30000");
        assertDelta(ctxBefore, ctx, "JUS", "1", "50000", "50000", "0");
        assertDelta(ctxBefore, ctx, "_elsewhere", "50000");

        Map<String, BigDecimal[]> cty = gap("country");
        assertDelta(ctyBefore, cty, "ISL", "2", "90000", "45000", "45000");
        assertDelta(ctyBefore, cty, "FJI", "1", "40000", "25000", "15000");
        assertDelta(ctyBefore, cty, "_elsewhere", "80000");

        FundingFacts.Totals totals = facts.totals(2032);
        assertThat(totals.agreed().subtract(totalsBefore.agreed())).isEqualByComparingTo("290000");
        assertThat(totals.received().subtract(totalsBefore.received())).isEqualByComparingTo("180000");

        JsonNode pipeline = read("/api/v1/funding/pipeline", "viewer");
        Map<String, JsonNode> quarters = new HashMap<>();
        pipeline.forEach(q -> quarters.put(q.get("quarter").asString(), q));
        assertThat(quarters.get("2032Q3").get("received").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("100000"));

        JsonNode view = read("/api/v1/funding/agreements/" + g2, "viewer");
        assertThat(view.get("amountInReportingCurrency").decimalValue()).isEqualByComparingTo("160000");
        assertThat(view.get("received").decimalValue()).isEqualByComparingTo("100000");
        assertThat(view.get("toReceive").decimalValue()).isEqualByComparingTo("60000");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'funding_agreement' and entity_id = :id and action = 'CREATE'")
                .param("id", String.valueOf(g1)).query(Long.class).single()).isEqualTo(1);
        assertThat(read("/api/v1/funding/gap?by=objective", "viewer").get("currency").asString()).isEqualTo("USD");
        mvc.perform(get("/api/v1/funding/gap?by=planet").with(as("viewer"))).andExpect(status().isBadRequest());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> out = new java.util.ArrayList<>();
        problem.get("errors").forEach(f -> out.add(f.get("field").asString()));
        return out;
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() throws Exception {
        String notDonor = unique("FND");
        partner(notDonor, null);
        long agreements = count("funding_agreement");
        long earmarks = count("funding_earmark");
        long audits = count("audit_event");
        JsonNode p = send(post("/api/v1/funding/agreements"), "programme", """
                {"reference": "", "title": "Bad", "donor": "%s", "amount": "-5", "currency": "ZZZ",
                 "startDate": "2032-05-01", "endDate": "2032-04-30",
                 "earmarks": [{"kind": "OBJECTIVE", "code": "SO9"}, {"kind": "PLANET", "code": "SO1"},
                              {"kind": "COUNTRY", "code": "KEN", "amount": "1.234"}]}
                """.formatted(notDonor), 400);
        assertThat(fields(p)).contains("reference", "donor", "amount", "currency", "endDate", "earmarks[0].code",
                "earmarks[1].kind", "earmarks[2].amount");
        assertThat(p.toString()).contains("is not a donor").contains("ZZZ is not an ISO 4217 currency code")
                .contains("must be on or after the start date").contains("SO9 is not a strategic objective")
                .contains("amount must be greater than 0");

        String donor = unique("FGD");
        partner(donor, "IFI");
        JsonNode overEarmarked = send(post("/api/v1/funding/agreements"), "programme", """
                {"reference": "%s", "title": "Over", "donor": "%s", "amount": "1000", "currency": "USD",
                 "startDate": "2032-05-01", "endDate": "2032-06-30",
                 "earmarks": [{"kind": "OBJECTIVE", "code": "SO1", "amount": "800"}, {"kind": "CONTEXT", "code": "JUS", "amount": "300"}]}
                """.formatted(unique("FGA"), donor), 400);
        assertThat(fields(overEarmarked)).containsExactly("earmarks");

        JsonNode noRate = send(post("/api/v1/funding/pledges"), "programme",
                "{\"donor\": \"%s\", \"amount\": \"abc\", \"currency\": \"AFN\", \"date\": \"2032-01-31\"}".formatted(donor), 400);
        assertThat(fields(noRate)).containsExactly("amount", "currency");
        assertThat(noRate.toString()).contains("no exchange rate for AFN on 2032-01-31");

        long id = agreement(donor, "1000", "USD", "");
        long flows = count("funding_flow");
        JsonNode badFlow = send(post("/api/v1/funding/agreements/" + id + "/expenditures"), "programme",
                "{\"date\": \"2032-13-01\", \"amount\": \"10\", \"currency\": \"USD\", \"activity\": \"NO-SUCH\"}", 400);
        assertThat(fields(badFlow)).containsExactly("date", "activity");
        assertThat(count("funding_flow")).isEqualTo(flows);
        assertThat(count("funding_agreement")).isEqualTo(agreements + 1);
        assertThat(count("funding_earmark")).isEqualTo(earmarks);
        assertThat(count("audit_event")).isEqualTo(audits + 1);

        // a stale version is refused and changes nothing
        String change = """
                {"reference": "%s", "title": "Changed", "donor": "%s", "amount": "2000", "currency": "USD",
                 "startDate": "2032-05-01", "endDate": "2032-06-30", "earmarks": [{"kind": "OBJECTIVE", "code": "SO1"}], "version": %d}
                """;
        String ref = read("/api/v1/funding/agreements/" + id, "viewer").get("reference").asString();
        JsonNode changed = send(put("/api/v1/funding/agreements/" + id), "programme", change.formatted(ref, donor, 0), 200);
        assertThat(changed.get("version").asInt()).isEqualTo(1);
        assertThat(changed.get("earmarks").get(0).get("code").asString()).isEqualTo("SO1");
        send(put("/api/v1/funding/agreements/" + id), "programme", change.formatted(ref, donor, 0), 409);
        assertThat(read("/api/v1/funding/agreements/" + id, "viewer").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void partnerUsersSeeOnlyTheirOwnDonorsRecordsAndOnlyStaffWrite() throws Exception {
        String donor = unique("FSD");
        partner(donor, "NON_TRADITIONAL");
        long own = agreement(donor, "5000", "USD", "");
        String other = unique("FSO");
        partner(other, "TRADITIONAL");
        long others = agreement(other, "7000", "USD", "");
        String user = unique("fsu").toLowerCase();
        send(post("/api/v1/users"), "admin", """
                {"username": "%s", "displayName": "Donor user", "password": "%s", "roles": ["PARTNER_REPORTER"], "partnerCode": "%s"}
                """.formatted(user, TestDatabase.ADMIN_PASSWORD, donor), 201);

        JsonNode list = read("/api/v1/funding/agreements", user);
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(own);
        mvc.perform(get("/api/v1/funding/agreements/" + others).with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/funding/agreements/" + own).with(as(user))).andExpect(status().isOk());
        send(post("/api/v1/funding/pledges"), user,
                "{\"donor\": \"%s\", \"amount\": \"10\", \"currency\": \"USD\", \"date\": \"2032-01-31\"}".formatted(donor), 403);
        JsonNode donors = read("/api/v1/funding/donors", user);
        assertThat(donors.size()).isEqualTo(1);
        assertThat(donors.get(0).get("donor").get("code").asString()).isEqualTo(donor);

        // the demo partner reporter's partner is no donor: nothing of the register
        assertThat(read("/api/v1/funding/agreements", "partner").size()).isZero();
        assertThat(read("/api/v1/funding/pledges", "partner").size()).isZero();

        // staff read everything; viewers and MEL officers do not write; only ADMIN changes rates
        assertThat(read("/api/v1/funding/agreements", "viewer").findValues("id").stream().map(JsonNode::asLong))
                .contains(own, others);
        send(post("/api/v1/funding/pledges"), "viewer",
                "{\"donor\": \"%s\", \"amount\": \"10\", \"currency\": \"USD\", \"date\": \"2032-01-31\"}".formatted(donor), 403);
        send(post("/api/v1/funding/pledges"), "mel",
                "{\"donor\": \"%s\", \"amount\": \"10\", \"currency\": \"USD\", \"date\": \"2032-01-31\"}".formatted(donor), 403);
        send(post("/api/v1/funding/rates"), "programme",
                "{\"currency\": \"NZD\", \"validFrom\": \"2032-01-01\", \"rateToUsd\": \"0.6\"}", 403);
        JsonNode pledge = send(post("/api/v1/funding/pledges"), "programme",
                "{\"donor\": \"%s\", \"amount\": 10.5, \"currency\": \"usd\", \"date\": \"2032-01-31\"}".formatted(donor), 201);
        assertThat(pledge.get("currency").asString()).isEqualTo("USD");
        assertThat(read("/api/v1/funding/rates", "viewer").size()).isGreaterThan(10);
    }

    @Test
    void theAgreementFormShowsFieldMessagesAndSavesNothing() throws Exception {
        long agreements = count("funding_agreement");
        String page = mvc.perform(post("/funding/agreements").with(as("programme")).with(csrf())
                        .param("reference", "").param("title", "Form").param("donor", "DEMO-DONOR-GOV")
                        .param("amount", "12,5").param("currency", "USD").param("startDate", "2032-01-01")
                        .param("endDate", "2032-12-31")
                        .param("earmarks[0].kind", "").param("earmarks[0].code", "").param("earmarks[0].amount", "")
                        .param("earmarks[1].kind", "OBJECTIVE").param("earmarks[1].code", "SO9").param("earmarks[1].amount", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("reference is required").contains("amount must be a number")
                .contains("earmark 2: SO9 is not a strategic objective").contains("id=\"earmarks[1].code-error\"");
        assertThat(count("funding_agreement")).isEqualTo(agreements);
    }

    @Test
    void pagesRender() throws Exception {
        for (String path : List.of("/funding", "/funding/donors", "/funding/pledges", "/funding/pledges/new",
                "/funding/agreements", "/funding/agreements/new", "/funding/rates")) {
            mvc.perform(get(path).with(as("admin"))).andExpect(status().isOk());
        }
        long id = read("/api/v1/funding/agreements", "viewer").get(0).get("id").asLong();
        mvc.perform(get("/funding/agreements/" + id).with(as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/funding/agreements/" + id + "/edit").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/funding/agreements/new").with(as("viewer"))).andExpect(status().isForbidden());
    }
}
