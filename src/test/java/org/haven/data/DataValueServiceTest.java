package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.haven.core.InvalidInputException;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@HavenDbTest
class DataValueServiceTest {

    @Autowired
    DataValueService service;

    @Autowired
    ApprovalService approvals;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private final String year = String.valueOf(ThreadLocalRandom.current().nextInt(2031, 2100));
    private final String partner = TestData.unique("T");

    private DataValueInput input(String element, String orgUnit, Map<String, String> cats, String value) {
        return new DataValueInput(new ValueKey(element, orgUnit, year, cats, partner),
                value == null ? null : new BigDecimal(value), null, false);
    }

    private DataValueInput arrested(String sex, String value) {
        return input("JJ_ARRESTED", "KEN", Map.of("SEX", sex, "AGE_CHILD", "Y10T14"), value);
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'data_values'").query(Long.class).single();
    }

    @Test
    void writeCreatesThenUpdatesKeepingHistoryAndCountsUnchanged() {
        long audits = auditRows();
        WriteSummary first = service.write(List.of(arrested("F", "12"), arrested("M", "15")), ValueSource.API);
        assertThat(first).isEqualTo(new WriteSummary(2, 0, 0, 0));
        assertThat(auditRows()).isEqualTo(audits + 1);

        WriteSummary second = service.write(List.of(arrested("F", "13"), arrested("M", "15.000")), ValueSource.ENTRY);
        assertThat(second).isEqualTo(new WriteSummary(0, 1, 1, 0));

        List<StoredValue> stored = service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of("KEN"), List.of(year), false))
                .stream().filter(v -> partner.equals(v.key().partner())).toList();
        assertThat(stored).hasSize(2);
        StoredValue female = stored.stream().filter(v -> "F".equals(v.key().categories().get("SEX"))).findFirst().orElseThrow();
        assertThat(female.value()).isEqualByComparingTo("13");
        assertThat(female.source()).isEqualTo(ValueSource.ENTRY);
        assertThat(female.storedBy()).isEqualTo("system");
        assertThat(female.version()).isEqualTo(1);

        List<ValueChange> history = service.history(arrested("F", "13").key());
        assertThat(history).extracting(ValueChange::action).containsExactly("UPDATE", "CREATE");
        assertThat(history.get(0).previousValue()).isEqualByComparingTo("12");
        assertThat(history.get(0).value()).isEqualByComparingTo("13");
    }

    @Test
    void nullValueDeletesAndKeepsTheDeletedValueInHistory() {
        service.write(List.of(arrested("F", "7")), ValueSource.API);
        WriteSummary summary = service.write(List.of(arrested("F", null), arrested("M", null)), ValueSource.API);
        assertThat(summary).isEqualTo(new WriteSummary(0, 0, 1, 1));
        assertThat(service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of("KEN"), List.of(year), false)))
                .noneMatch(v -> partner.equals(v.key().partner()));
        List<ValueChange> history = service.history(arrested("F", null).key());
        assertThat(history).extracting(ValueChange::action).containsExactly("DELETE", "CREATE");
        assertThat(history.get(0).previousValue()).isEqualByComparingTo("7");
        assertThat(history.get(0).value()).isNull();
    }

    @Test
    void anInvalidItemWritesNothingAndEveryProblemIsListedWithIndexAndField() {
        List<DataValueInput> items = List.of(
                arrested("F", "1"),
                input("NO_SUCH_ELEMENT", "KEN", Map.of(), "1"),
                new DataValueInput(new ValueKey("JJ_ARRESTED", "XXX", "2025Q5", Map.of("SEX", "Q"), partner),
                        BigDecimal.ONE, null, false),
                input("JJ_ARRESTED", "KEN", Map.of("PROFESSION", "JUDGE"), "2.5"),
                input("JJ_ARRESTED", "KEN", Map.of(), "-3"));
        List<ItemProblem> problems = service.check(items);
        assertThat(problems).extracting(p -> p.index() + ":" + p.field()).contains(
                "1:dataElement", "2:orgUnit", "2:period", "2:categories.SEX", "3:categories.PROFESSION", "3:value",
                "4:value");
        assertThat(problems).noneMatch(p -> p.index() == 0);

        assertThatThrownBy(() -> service.write(items, ValueSource.API)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .contains("items[1].dataElement", "items[2].period", "items[3].value"));
        assertThat(service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of("KEN"), List.of(year), false)))
                .noneMatch(v -> partner.equals(v.key().partner()));
    }

    @Test
    void duplicateKeysInOneListAreRefused() {
        List<ItemProblem> problems = service.check(List.of(arrested("F", "1"), arrested("M", "2"), arrested("F", "3")));
        assertThat(problems).extracting(ItemProblem::index, ItemProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "dataElement"));
        assertThat(problems.get(0).message()).contains("duplicate of item 0");
    }

    @Test
    void valueTypesAreChecked() {
        List<ItemProblem> problems = service.check(List.of(
                input("JJ_SPECIALISED_SYSTEM", "KEN", Map.of(), "2"),
                input("JJ_SPECIALISED_SYSTEM", "BRA", Map.of(), "1"),
                input("LAW_POLICY_ALIGNMENT", "KEN", Map.of(), "3"),
                input("LAW_POLICY_ALIGNMENT", "BRA", Map.of(), "2"),
                input("SV_CHILDREN_1_14", "KEN", Map.of("SEX", "F"), "1234.56"),
                input("JJ_DETAINED", "KEN", Map.of(), "4.0")));
        assertThat(problems).extracting(p -> p.index() + ":" + p.field()).containsExactly("0:value", "2:value");
    }

    @Test
    void focalPointWritesForTheirCountryOnly() {
        TestData.signIn("focal.ken", Set.of(org.haven.user.Role.COUNTRY_FOCAL_POINT), Set.of("KEN"), null);
        DataValueInput bra = input("JJ_ARRESTED", "BRA", Map.of("SEX", "F"), "4");
        assertThat(service.check(List.of(bra))).extracting(ItemProblem::field).containsExactly("orgUnit");
        assertThatThrownBy(() -> service.write(List.of(arrested("F", "1"), bra), ValueSource.ENTRY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of("KEN", "BRA"), List.of(year), false)))
                .noneMatch(v -> partner.equals(v.key().partner()));

        assertThat(service.write(List.of(arrested("F", "1")), ValueSource.ENTRY).created()).isEqualTo(1);
        assertThat(service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of("KEN"), List.of(year), false)))
                .filteredOn(v -> partner.equals(v.key().partner())).singleElement()
                .extracting(StoredValue::storedBy).isEqualTo("focal.ken");
    }

    @Test
    void partnerReporterWritesOnlyTheirPartnersValuesAndViewerNothing() {
        TestData.signIn("partner", Set.of(org.haven.user.Role.PARTNER_REPORTER), Set.of(), partner);
        DataValueInput other = new DataValueInput(new ValueKey("JJ_ARRESTED", "KEN", year, Map.of(), partner + "X"),
                BigDecimal.TEN, null, false);
        DataValueInput none = new DataValueInput(new ValueKey("JJ_ARRESTED", "KEN", year, Map.of(), null),
                BigDecimal.TEN, null, false);
        assertThat(service.check(List.of(other, none))).extracting(ItemProblem::index, ItemProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "partner"), org.assertj.core.groups.Tuple.tuple(1, "partner"));
        assertThatThrownBy(() -> service.write(List.of(other), ValueSource.API)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.write(List.of(arrested("M", "5")), ValueSource.API).created()).isEqualTo(1);

        TestData.signIn("viewer", Set.of(org.haven.user.Role.VIEWER), Set.of(), null);
        assertThatThrownBy(() -> service.write(List.of(arrested("F", "5")), ValueSource.API))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void approvalBlocksWritesUntilUnlockedWithAReason() {
        String element = TestData.element(jdbc, "INTEGER");
        String dataSet = TestData.dataSet(jdbc, PeriodType.YEARLY, 0, element);
        DataValueInput item = input(element, "KEN", Map.of(), "3");
        service.write(List.of(item), ValueSource.API);

        TestData.signIn("focal.ken", Set.of(org.haven.user.Role.COUNTRY_FOCAL_POINT), Set.of("KEN"), null);
        assertThat(approvals.submit(dataSet, "KEN", year)).isEqualTo(ApprovalState.SUBMITTED);
        assertThatThrownBy(() -> approvals.approve(dataSet, "KEN", year)).isInstanceOf(AccessDeniedException.class);

        TestData.signIn("mel", Set.of(org.haven.user.Role.MEL_OFFICER), Set.of(), null);
        assertThat(approvals.approve(dataSet, "KEN", year)).isEqualTo(ApprovalState.APPROVED);
        assertThat(approvals.state(dataSet, "KEN", year)).isEqualTo(ApprovalState.APPROVED);
        DataValueInput change = input(element, "KEN", Map.of(), "4");
        assertThat(service.check(List.of(change))).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("period"))
                .satisfies(p -> assertThat(p.message()).isEqualTo("approved: ask an MEL officer to unlock"));
        assertThatThrownBy(() -> service.write(List.of(change), ValueSource.API)).isInstanceOf(InvalidInputException.class);

        assertThatThrownBy(() -> approvals.unlock(dataSet, "KEN", year, " ")).isInstanceOf(InvalidInputException.class);
        assertThat(approvals.unlock(dataSet, "KEN", year, "Correction from the ministry")).isEqualTo(ApprovalState.OPEN);
        assertThat(service.write(List.of(change), ValueSource.API).updated()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'data_approval' and entity_id = :id")
                .param("id", dataSet + "/KEN/" + year).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void closedPeriodIsRefusedForProgrammeButAllowedForMel() {
        String element = TestData.element(jdbc, "INTEGER");
        TestData.dataSet(jdbc, PeriodType.YEARLY, 30, element);
        DataValueInput past = new DataValueInput(new ValueKey(element, "KEN", "2020", Map.of(), partner),
                BigDecimal.ONE, null, false);
        TestData.signIn("programme", Set.of(org.haven.user.Role.PROGRAMME_OFFICER), Set.of(), null);
        assertThat(service.check(List.of(past))).extracting(ItemProblem::field).containsExactly("period");
        assertThat(service.check(List.of(input(element, "KEN", Map.of(), "1")))).isEmpty();

        TestData.signIn("mel", Set.of(org.haven.user.Role.MEL_OFFICER), Set.of(), null);
        assertThat(service.write(List.of(past), ValueSource.ENTRY).created()).isEqualTo(1);
    }

    @Test
    void previewCountsWithoutWriting() {
        service.write(List.of(arrested("F", "1")), ValueSource.API);
        WriteSummary preview = service.preview(List.of(arrested("F", "2"), arrested("M", "2")));
        assertThat(preview).isEqualTo(new WriteSummary(1, 1, 0, 0));
        assertThat(service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of("KEN"), List.of(year), false)))
                .filteredOn(v -> partner.equals(v.key().partner())).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("1"));
    }

    @Test
    void findIncludesChildrenOfARegion() {
        service.write(List.of(arrested("F", "9")), ValueSource.API);
        String region = jdbc.sql("select parent_code from org_unit where code = 'KEN'").query(String.class).single();
        assertThat(service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of(region), List.of(year), true)))
                .anyMatch(v -> partner.equals(v.key().partner()));
        assertThat(service.find(new DataValueQuery(List.of("JJ_ARRESTED"), List.of(region), List.of(year), false)))
                .noneMatch(v -> partner.equals(v.key().partner()));
    }

    @Test
    void demoValuesAreStoredOnceAndFlagged() {
        List<StoredValue> demo = service.find(new DataValueQuery(List.of("JJ_ARRESTED", "AWARENESS_REACHED"),
                List.of("KEN", "BRA", "PHL"), List.of("2024", "2024Q3"), false)).stream()
                .filter(StoredValue::demo).toList();
        assertThat(demo).isNotEmpty().allSatisfy(v -> {
            assertThat(v.source()).isEqualTo(ValueSource.SEED);
            assertThat(v.key().partner()).isNull();
            assertThat(v.nature()).isNull();
        });
        assertThat(demo).extracting(v -> v.key().orgUnit()).contains("KEN", "BRA", "PHL");
        assertThat(jdbc.sql("select count(*) from data_value where demo = true").query(Long.class).single())
                .isEqualTo(DemoValueSet.items().size());
    }
}
