package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haven.data.QualityFixtures.value;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.core.InvalidInputException;
import org.haven.indicator.IndicatorDefinitions;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@HavenDbTest
@WithUserDetails(value = "mel", setupBefore = TestExecutionEvent.TEST_METHOD)
class DisaggregationChangeTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    DisaggregationChange change;

    @Autowired
    IndicatorDefinitions registry;

    @Autowired
    AuditLog audit;

    private Map<String, String> stored(String element) {
        return values.find(new DataValueQuery(List.of(element), List.of(), List.of(), false)).stream()
                .collect(Collectors.toMap(v -> v.key().orgUnit() + "|" + v.key().combo(),
                        v -> v.value().stripTrailingZeros().toPlainString()));
    }

    private int version(String element) {
        return registry.elementVersion(element).orElseThrow();
    }

    @Test
    void ageBandsMergeIntoOneBandWithoutLosingData() {
        String el = QualityFixtures.unique("QDIS_AGE");
        QualityFixtures.element(jdbc, el, "AGE_CHILD");
        values.write(List.of(value(el, "TON", "2015", Map.of("AGE_CHILD", "Y0T4"), 3),
                value(el, "TON", "2015", Map.of("AGE_CHILD", "Y5T9"), 4),
                value(el, "TON", "2015", Map.of("AGE_CHILD", "Y10T14"), 5),
                value(el, "TON", "2015", Map.of(), 12)), ValueSource.IMPORT);
        DisaggregationPlan plan = new DisaggregationPlan(el, List.of("AGE_HOMICIDE"), Map.of(
                "AGE_CHILD:Y0T4", "AGE_HOMICIDE:Y0T9", "AGE_CHILD:Y5T9", "AGE_HOMICIDE:Y0T9",
                "AGE_CHILD:Y10T14", "AGE_HOMICIDE:Y10T14", "AGE_CHILD:Y15T17", "AGE_HOMICIDE:Y15T17"));

        DisaggregationPreview preview = change.preview(plan);
        assertThat(preview.valuesMoved()).isEqualTo(3);
        assertThat(preview.valuesWritten()).isEqualTo(2);
        assertThat(preview.collisions()).singleElement().satisfies(c -> {
            assertThat(c.toCombo()).isEqualTo("AGE_HOMICIDE:Y0T9");
            assertThat(c.values()).isEqualTo(2);
        });
        assertThat(stored(el)).hasSize(4);

        change.apply(plan, version(el));

        assertThat(stored(el)).containsOnly(Map.entry("TON|AGE_HOMICIDE:Y0T9", "7"),
                Map.entry("TON|AGE_HOMICIDE:Y10T14", "5"), Map.entry("TON|", "12"))
                .hasSize(3);
        List<ValueChange> old = values.history(new ValueKey(el, "TON", "2015", Map.of("AGE_CHILD", "Y0T4"), null));
        assertThat(old.get(0).action()).isEqualTo("DELETE");
        assertThat(old.get(0).previousValue()).isEqualByComparingTo("3");
        assertThat(values.history(new ValueKey(el, "TON", "2015", Map.of("AGE_CHILD", "Y5T9"), null)))
                .anySatisfy(c -> assertThat(c.previousValue()).isEqualByComparingTo("4"));
        assertThat(registry.elementVersion(el)).isPresent();
        assertThat(change.mappings(el)).extracting(r -> r.get("from_combo") + ">" + r.get("to_combo"))
                .containsExactlyInAnyOrder("AGE_CHILD:Y0T4>AGE_HOMICIDE:Y0T9", "AGE_CHILD:Y5T9>AGE_HOMICIDE:Y0T9",
                        "AGE_CHILD:Y10T14>AGE_HOMICIDE:Y10T14");
        assertThat(change.mappings(el)).allSatisfy(r -> assertThat(r.get("applied_by")).isEqualTo("mel"));
        List<AuditEvent> events = audit.find("data_element", el, 1, 10).items();
        assertThat(events).anySatisfy(e -> assertThat(e.summary()).contains("Changed the disaggregation of " + el));
    }

    @Test
    void collapsingACategoryToTotalSumsItsValuesAndKeepsAnEnteredTotal() {
        String el = QualityFixtures.unique("QDIS_SEX");
        QualityFixtures.element(jdbc, el, "SEX");
        values.write(List.of(value(el, "TON", "2015", Map.of("SEX", "F"), 3),
                value(el, "TON", "2015", Map.of("SEX", "M"), 4),
                value(el, "WSM", "2015", Map.of("SEX", "F"), 2), value(el, "WSM", "2015", Map.of("SEX", "M"), 2),
                value(el, "WSM", "2015", Map.of(), 5)), ValueSource.IMPORT);
        DisaggregationPlan collapse = new DisaggregationPlan(el, List.of(), Map.of());

        DisaggregationPreview preview = change.apply(collapse, version(el));

        assertThat(preview.kept()).singleElement().satisfies(c -> assertThat(c.orgUnit()).isEqualTo("WSM"));
        assertThat(stored(el)).containsOnly(Map.entry("TON|", "7"), Map.entry("WSM|", "5"));
        assertThat(values.history(new ValueKey(el, "WSM", "2015", Map.of("SEX", "M"), null)).get(0).action())
                .isEqualTo("DELETE");
        assertThat(change.mappings(el)).extracting(r -> r.get("from_combo") + ">" + r.get("to_combo") + "=" + r.get("value_count"))
                .containsExactlyInAnyOrder("SEX:F>=2", "SEX:M>=2");
    }

    @Test
    void aNewCategoryKeepsExistingValuesAsItsTotalAndABadMappingChangesNothing() {
        String el = QualityFixtures.unique("QDIS_NEW");
        QualityFixtures.element(jdbc, el, "SEX");
        values.write(List.of(value(el, "TON", "2016", Map.of("SEX", "F"), 3)), ValueSource.IMPORT);

        assertThatThrownBy(() -> change.apply(new DisaggregationPlan(el, List.of("SEX", "NO_SUCH"),
                Map.of("SEX:X", "SEX:F")), version(el)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .contains("categories", "mappings"));

        DisaggregationPreview preview = change.apply(new DisaggregationPlan(el, List.of("SEX", "AGE_CHILD"), Map.of()),
                version(el));
        assertThat(preview.valuesMoved()).isZero();
        assertThat(stored(el)).containsOnly(Map.entry("TON|SEX:F", "3"));
        values.write(List.of(value(el, "TON", "2016", Map.of("SEX", "F", "AGE_CHILD", "Y0T4"), 1)), ValueSource.IMPORT);
        assertThat(stored(el)).hasSize(2);
    }
}
