package org.haven.exchange.dhis2;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.haven.testsupport.TestDatabase;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test connection with a small mapping set, and helpers to post and read values through the API. */
final class Dhis2Fixture {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Years far from the demo data (2023-2025); each test takes its own. */
    private static final AtomicInteger YEARS = new AtomicInteger(1901 + ThreadLocalRandom.current().nextInt(60));

    static final String MAPPINGS = """
            kind,dhis2_id,haven_code,data_element
            DATA_SET,dsSrv,SERVICES_YEARLY,
            DATA_ELEMENT,deCare,CAREGIVERS_SUPPORTED,
            DATA_ELEMENT,deProg,CHILDREN_PROGRAMMES,
            DATA_ELEMENT,deDet,JJ_DETAINED,
            ORG_UNIT,ouKen,KEN,
            ORG_UNIT,ouBra,BRA,
            CATEGORY_OPTION_COMBO,cocTot,,
            CATEGORY_OPTION_COMBO,cocF,SEX:F,
            CATEGORY_OPTION_COMBO,cocM,SEX:M,
            CATEGORY_OPTION_COMBO,cocFY5,AGE_CHILD:Y5T9;SEX:F,CHILDREN_PROGRAMMES
            ATTRIBUTE_OPTION_COMBO,aocDef,,
            CATEGORY_OPTION,GENDER=FMLE,SEX:F,
            CATEGORY_OPTION,GENDER=MLE,SEX:M,
            CATEGORY_OPTION,AGE=Y5T9,AGE_CHILD:Y5T9,
            """;

    private Dhis2Fixture() {
    }

    static RequestPostProcessor as(String user) {
        return httpBasic(user, TestDatabase.ADMIN_PASSWORD);
    }

    static int year() {
        return YEARS.getAndIncrement();
    }

    /** A new connection (no country) with {@link #MAPPINGS}; returns its code. */
    static String connection(MockMvc mvc) throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/exchange/dhis2/connections").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"Test DHIS2\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/exchange/dhis2/mappings").param("connection", code).with(as("admin"))
                .contentType("text/csv").content(MAPPINGS)).andExpect(status().isCreated());
        return code;
    }

    static MvcResult postSet(MockMvc mvc, String user, String connection, String contentType, byte[] body,
            String... params) throws Exception {
        var request = post("/api/dataValueSets").with(as(user)).param("connection", connection)
                .contentType(contentType).content(body);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    static MvcResult postSet(MockMvc mvc, String user, String connection, String contentType, String body,
            String... params) throws Exception {
        return postSet(mvc, user, connection, contentType, body.getBytes(StandardCharsets.UTF_8), params);
    }

    static JsonNode json(MvcResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Stored values of the elements in the org unit and year: "ELEMENT|combo" -> "value|comment". */
    static Map<String, String> stored(MockMvc mvc, String orgUnit, int year) throws Exception {
        JsonNode list = JSON.readTree(mvc.perform(get("/api/v1/datavalues").with(as("admin"))
                        .param("dataElement", "CAREGIVERS_SUPPORTED,CHILDREN_PROGRAMMES,JJ_DETAINED")
                        .param("orgUnit", orgUnit).param("period", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, String> out = new TreeMap<>();
        for (JsonNode v : list) {
            Map<String, String> cats = new TreeMap<>();
            v.get("categories").properties().forEach(e -> cats.put(e.getKey(), e.getValue().asString()));
            String comment = v.get("comment") == null || v.get("comment").isNull() ? "" : v.get("comment").asString();
            out.put(v.get("dataElement").asString() + "|" + cats, v.get("value").decimalValue()
                    .stripTrailingZeros().toPlainString() + "|" + comment);
        }
        return out;
    }

    /** Stores four values through Haven's own API: CAREGIVERS_SUPPORTED F, M and total, CHILDREN_PROGRAMMES F 5-9. */
    static void seed(MockMvc mvc, String orgUnit, int year) throws Exception {
        String body = """
                [{"dataElement":"CAREGIVERS_SUPPORTED","orgUnit":"%1$s","period":"%2$d","categories":{"SEX":"F"},
                  "value":120,"comment":"from the register, \\"checked\\""},
                 {"dataElement":"CAREGIVERS_SUPPORTED","orgUnit":"%1$s","period":"%2$d","categories":{"SEX":"M"},"value":80},
                 {"dataElement":"CAREGIVERS_SUPPORTED","orgUnit":"%1$s","period":"%2$d","categories":{},"value":200},
                 {"dataElement":"CHILDREN_PROGRAMMES","orgUnit":"%1$s","period":"%2$d",
                  "categories":{"SEX":"F","AGE_CHILD":"Y5T9"},"value":33,"comment":"=SUM(A1) <b>&amp;</b>"}]
                """.formatted(orgUnit, year);
        mvc.perform(post("/api/v1/datavalues").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
