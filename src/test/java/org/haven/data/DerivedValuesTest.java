package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.core.InvalidInputException;
import org.haven.indicator.DataElementCatalog;
import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;

/** Values of a derived element are written only through DerivedValues; entry, API and import refuse them. */
@HavenDbTest
@RecordApplicationEvents
class DerivedValuesTest {

    @Autowired
    DerivedValues derived;

    @Autowired
    DataValueService service;

    @Autowired
    DataElementCatalog catalog;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private final String year = String.valueOf(ThreadLocalRandom.current().nextInt(2031, 2100));
    private String element;
    private String dataSet;

    /** A test-only element derived from the participation register, disaggregated by SEX, in a yearly data set. */
    @BeforeEach
    void derivedElement() {
        element = TestData.unique("DER_E");
        jdbc.sql("""
                insert into data_element (code, name, value_type, aggregation_org, aggregation_time, derived_from,
                    version, created_at, updated_at)
                values (:code, 'Children taking part (derived)', 'INTEGER', 'SUM', 'SUM', 'participation', 0, :now, :now)""")
                .param("code", element).param("now", OffsetDateTime.now()).update();
        jdbc.sql("insert into data_element_category (data_element_code, category_code, sort_order) values (:e, 'SEX', 0)")
                .param("e", element).update();
        dataSet = TestData.dataSet(jdbc, PeriodType.YEARLY, 0, element);
    }

    private DerivedValue value(String orgUnit, String sex, int v) {
        return new DerivedValue(orgUnit, year, sex == null ? Map.of() : Map.of("SEX", sex), null, BigDecimal.valueOf(v));
    }

    private Map<String, BigDecimal> stored() {
        Map<String, BigDecimal> out = new java.util.TreeMap<>();
        jdbc.sql("select org_unit_code, combo, numeric_value, source from data_value where data_element_code = :e")
                .param("e", element).query(rs -> {
                    assertThat(rs.getString("source")).isEqualTo("DERIVED");
                    out.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros());
                });
        return out;
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'data_values'").query(Long.class).single();
    }

    private long events() {
        return events.stream(DataValuesChanged.class).filter(e -> e.dataElements().contains(element)).count();
    }

    @Test
    void theCatalogTellsTheRegister() {
        assertThat(catalog.element(element).orElseThrow().derivedFrom()).isEqualTo("participation");
        assertThat(catalog.element("JJ_ARRESTED").orElseThrow().derived()).isFalse();
    }

    @Test
    void replaceCreatesUpdatesAndDeletesKeepingHistoryWithOneAuditEventAndOneEventPerCall() {
        long audits = audits();
        WriteSummary first = derived.replace("participation", element,
                List.of(value("KEN", "F", 12), value("KEN", "M", 9), value("UGA", null, 4)));
        assertThat(first).isEqualTo(new WriteSummary(3, 0, 0, 0));
        assertThat(stored()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "KEN|SEX:F", new BigDecimal("12"), "KEN|SEX:M", new BigDecimal("9"), "UGA|", new BigDecimal("4"))));
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(events()).isEqualTo(1);

        WriteSummary second = derived.replace("participation", element,
                List.of(value("KEN", "F", 13), value("KEN", "M", 9), value("TZA", "F", 2)));
        assertThat(second).isEqualTo(new WriteSummary(1, 1, 1, 1));
        assertThat(stored()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "KEN|SEX:F", new BigDecimal("13"), "KEN|SEX:M", new BigDecimal("9"), "TZA|SEX:F", new BigDecimal("2"))));
        assertThat(audits()).isEqualTo(audits + 2);
        assertThat(events()).isEqualTo(2);

        List<ValueChange> kenGirls = service.history(new ValueKey(element, "KEN", year, Map.of("SEX", "F"), null));
        assertThat(kenGirls).extracting(ValueChange::action).containsExactly("UPDATE", "CREATE");
        assertThat(kenGirls).extracting(ValueChange::source).containsOnly(ValueSource.DERIVED);
        assertThat(kenGirls.get(0).previousValue()).isEqualByComparingTo("12");
        List<ValueChange> uganda = service.history(new ValueKey(element, "UGA", year, Map.of(), null));
        assertThat(uganda).extracting(ValueChange::action).containsExactly("DELETE", "CREATE");

        assertThat(derived.replace("participation", element,
                List.of(value("KEN", "F", 13), value("KEN", "M", 9), value("TZA", "F", 2))))
                .isEqualTo(new WriteSummary(0, 0, 3, 0));
        assertThat(audits()).isEqualTo(audits + 2);

        assertThat(derived.replace("participation", element, List.of())).isEqualTo(new WriteSummary(0, 0, 0, 3));
        assertThat(stored()).isEmpty();
    }

    @Test
    void theWrongRegisterAnOrdinaryElementOrABadValueIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> derived.replace("communication", element, List.of(value("KEN", "F", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participation");
        assertThatThrownBy(() -> derived.replace("participation", "JJ_ARRESTED", List.of(value("KEN", "F", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not derived");
        assertThatThrownBy(() -> derived.replace("participation", element,
                List.of(value("KEN", "F", 1), value("XXX", "F", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XXX");
        assertThatThrownBy(() -> derived.replace("participation", element, List.of(value("KEN", "Q", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option");
        assertThat(stored()).isEmpty();
    }

    @Test
    void handWritesThroughTheServiceAreRefusedWithTheRegisterNamed() {
        assertThatThrownBy(() -> service.write(List.of(new DataValueInput(
                new ValueKey(element, "KEN", year, Map.of("SEX", "F"), null), BigDecimal.ONE, null, false)),
                ValueSource.ENTRY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("items[0].dataElement");
                            assertThat(p.message()).isEqualTo(
                                    "derived from the participation register: change the register entry");
                        }));
        assertThat(stored()).isEmpty();
    }

    @Test
    void theEntryFormRefusesACell() throws Exception {
        mvc.perform(post("/data/entry/value").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .param("dataSet", dataSet).param("orgUnit", "KEN").param("period", year)
                        .param("dataElement", element).param("combo", "SEX:F").param("value", "5"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.message").value(Matchers.containsString(
                        "derived from the participation register: change the register entry")));
        assertThat(stored()).isEmpty();
    }

    @Test
    void theApiRefusesTheWholeListWithAFieldProblem() throws Exception {
        String body = "[{\"dataElement\":\"JJ_ARRESTED\",\"orgUnit\":\"KEN\",\"period\":\"" + year
                + "\",\"categories\":{\"SEX\":\"F\"},\"value\":3},"
                + "{\"dataElement\":\"" + element + "\",\"orgUnit\":\"KEN\",\"period\":\"" + year
                + "\",\"categories\":{\"SEX\":\"F\"},\"value\":3}]";
        // other test classes may hold JJ_ARRESTED values in the same random year: nothing may be added to them
        List<String> arrestedBefore = arrestedIn(year);
        mvc.perform(post("/api/v1/datavalues").with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("items[1].dataElement")))
                .andExpect(content().string(Matchers.containsString(
                        "derived from the participation register: change the register entry")));
        assertThat(stored()).isEmpty();
        assertThat(arrestedIn(year)).isEqualTo(arrestedBefore);
    }

    /** Every JJ_ARRESTED cell of the period with its value and version, so an update would show too. */
    private List<String> arrestedIn(String period) {
        return jdbc.sql("select org_unit_code || '|' || combo || '|' || partner_code || '|' || numeric_value || '|' "
                        + "|| version from data_value where data_element_code = 'JJ_ARRESTED' and period = :p order by 1")
                .param("p", period).query(String.class).list();
    }

    @Test
    void anImportRejectsTheRowAndWritesNothing() throws Exception {
        String csv = "data_element,org_unit,period,SEX,value\n" + element + ",KEN," + year + ",F,7\n";
        mvc.perform(post("/api/v1/datavalues/import").param("dryRun", "false")
                        .with(httpBasic("mel", TestDatabase.ADMIN_PASSWORD)).contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rejectedRows[0].row").value(2))
                .andExpect(jsonPath("$.rejectedRows[0].message").value(Matchers.containsString(
                        "derived from the participation register")));
        assertThat(stored()).isEmpty();
    }

    @Test
    void theElementPageNamesTheRegister() throws Exception {
        mvc.perform(get("/dataelements/" + element).with(httpBasic("viewer", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Derived from the participation register")));
    }
}
