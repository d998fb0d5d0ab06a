package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.core.InvalidInputException;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The bulk write (PostgreSQL: COPY + set-based SQL; H2: chunk by chunk) against the per-list write. */
@HavenDbTest
@RecordApplicationEvents
class DataValueBulkWriteTest {

    @Autowired
    DataValueService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private final String year = String.valueOf(ThreadLocalRandom.current().nextInt(2031, 2100));

    private DataValueInput arrested(String partner, String sex, String age, String value, String comment,
            boolean followUp) {
        return new DataValueInput(new ValueKey("JJ_ARRESTED", "KEN", year, Map.of("SEX", sex, "AGE_CHILD", age),
                partner), value == null ? null : new BigDecimal(value), comment, followUp);
    }

    /** Stored first: F/Y10T14 = 12, M/Y10T14 = 15, F/Y15T17 = 7 with comment "x". */
    private List<DataValueInput> before(String partner) {
        return List.of(arrested(partner, "F", "Y10T14", "12", null, false),
                arrested(partner, "M", "Y10T14", "15", null, false),
                arrested(partner, "F", "Y15T17", "7", "x", false));
    }

    /** Then: one unchanged (12.000), value, comment and follow-up changes, two new cells. */
    private List<List<DataValueInput>> after(String partner) {
        return List.of(
                List.of(arrested(partner, "F", "Y10T14", "12.000", " ", false),
                        arrested(partner, "M", "Y10T14", "16", null, false)),
                List.of(arrested(partner, "F", "Y15T17", "7", "y\ttab\\slash\nline", true),
                        arrested(partner, "M", "Y15T17", "3", null, false),
                        arrested(partner, "F", "Y0T4", "4", "new", true)));
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'data_values'").query(Long.class).single();
    }

    private List<String> history(String partner) {
        return jdbc.sql("""
                select combo, action, previous_value, previous_comment, previous_follow_up, new_value, new_comment,
                    new_follow_up from data_value_history where data_element_code = 'JJ_ARRESTED' and org_unit_code = 'KEN'
                    and period = :p and partner_code = :partner order by combo, id""")
                .param("p", year).param("partner", partner)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + plain(rs.getBigDecimal(3)) + " "
                        + rs.getString(4) + " " + rs.getObject(5) + " -> " + plain(rs.getBigDecimal(6)) + " "
                        + rs.getString(7) + " " + rs.getBoolean(8))
                .list();
    }

    private List<String> stored(String partner) {
        return service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of("KEN"), List.of(year), false)).stream()
                .filter(v -> partner.equals(v.key().partner()))
                .map(v -> v.key().combo() + "=" + v.value() + " " + v.comment() + " " + v.followUp() + " v" + v.version())
                .toList();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "null" : DataValueStore.plain(v).toPlainString();
    }

    @Test
    void bulkCountsAndHistoryMatchTheChunkByChunkWrite() {
        String bulkPartner = TestData.unique("B");
        String listPartner = TestData.unique("L");
        service.write(before(bulkPartner), ValueSource.API);
        service.write(before(listPartner), ValueSource.API);
        long audits = audits();
        events.clear();

        WriteSummary bulk = service.writeBulk(after(bulkPartner), ValueSource.IMPORT);

        assertThat(bulk).isEqualTo(new WriteSummary(2, 2, 1, 0));
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(events.stream(DataValuesChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.dataElements()).containsExactly("JJ_ARRESTED");
            assertThat(e.orgUnits()).containsExactly("KEN");
            assertThat(e.periods()).containsExactly(year);
        });
        List<DataValueInput> all = new ArrayList<>();
        after(listPartner).forEach(all::addAll);
        assertThat(service.write(all, ValueSource.IMPORT)).isEqualTo(bulk);

        assertThat(history(bulkPartner)).containsExactly(
                "AGE_CHILD:Y0T4;SEX:F CREATE null null null -> 4 new true",
                "AGE_CHILD:Y10T14;SEX:F CREATE null null null -> 12 null false",
                "AGE_CHILD:Y10T14;SEX:M CREATE null null null -> 15 null false",
                "AGE_CHILD:Y10T14;SEX:M UPDATE 15 null false -> 16 null false",
                "AGE_CHILD:Y15T17;SEX:F CREATE null null null -> 7 x false",
                "AGE_CHILD:Y15T17;SEX:F UPDATE 7 x false -> 7 y\ttab\\slash\nline true",
                "AGE_CHILD:Y15T17;SEX:M CREATE null null null -> 3 null false");
        assertThat(history(bulkPartner)).isEqualTo(history(listPartner));
        assertThat(stored(bulkPartner)).containsExactlyInAnyOrder(
                "AGE_CHILD:Y0T4;SEX:F=4 new true v0",
                "AGE_CHILD:Y10T14;SEX:F=12 null false v0",
                "AGE_CHILD:Y10T14;SEX:M=16 null false v1",
                "AGE_CHILD:Y15T17;SEX:F=7 y\ttab\\slash\nline true v1",
                "AGE_CHILD:Y15T17;SEX:M=3 null false v0");
        assertThat(stored(bulkPartner)).isEqualTo(stored(listPartner));
    }

    @Test
    void aBulkOfUnchangedValuesWritesNothingAndPublishesNothing() {
        String partner = TestData.unique("U");
        service.write(before(partner), ValueSource.API);
        long audits = audits();
        events.clear();
        assertThat(service.writeBulk(List.of(before(partner)), ValueSource.IMPORT)).isEqualTo(new WriteSummary(0, 0, 3, 0));
        assertThat(audits()).isEqualTo(audits);
        assertThat(events.stream(DataValuesChanged.class)).isEmpty();
        assertThat(history(partner)).hasSize(3);
    }

    @Test
    void deletionsInABulkKeepTheDeletedValueInHistory() {
        String partner = TestData.unique("D");
        service.write(before(partner), ValueSource.API);
        WriteSummary summary = service.writeBulk(List.of(
                List.of(arrested(partner, "F", "Y10T14", null, null, false)),
                List.of(arrested(partner, "M", "Y10T14", "20", null, false),
                        arrested(partner, "M", "Y0T4", null, null, false))), ValueSource.IMPORT);
        assertThat(summary).isEqualTo(new WriteSummary(0, 1, 1, 1));
        assertThat(history(partner)).contains("AGE_CHILD:Y10T14;SEX:F DELETE 12 null false -> null null false");
        assertThat(stored(partner)).noneMatch(s -> s.startsWith("AGE_CHILD:Y10T14;SEX:F="));
    }

    @Test
    void aProblemInALaterChunkWritesNothing() {
        String partner = TestData.unique("P");
        List<List<DataValueInput>> chunks = List.of(
                List.of(arrested(partner, "F", "Y10T14", "1", null, false)),
                List.of(arrested(partner, "M", "Y10T14", "2", null, false),
                        arrested(partner, "M", "Y15T17", "-1", null, false)));
        assertThatThrownBy(() -> service.writeBulk(chunks, ValueSource.IMPORT))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .containsExactly("items[1].value"));
        assertThat(stored(partner)).isEmpty();
        assertThat(history(partner)).isEmpty();
    }

    @Test
    void theSameCellInTwoChunksIsRefusedAndWritesNothing() {
        String partner = TestData.unique("S");
        List<List<DataValueInput>> chunks = List.of(
                List.of(arrested(partner, "F", "Y10T14", "1", null, false)),
                List.of(arrested(partner, "F", "Y10T14", "2", null, false)));
        assertThatThrownBy(() -> service.writeBulk(chunks, ValueSource.IMPORT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than once");
        assertThat(stored(partner)).isEmpty();
    }
}
