package org.haven.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void parsesAYear() {
        Period p = Period.parse("2025");
        assertThat(p).isEqualTo(new Period("2025", PeriodType.YEARLY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void parsesAQuarter() {
        Period p = Period.parse("2025Q2");
        assertThat(p.type()).isEqualTo(PeriodType.QUARTERLY);
        assertThat(p.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void parsesAMonthAndCanonicalisesTheDhis2Form() {
        Period iso = Period.parse("2024-02");
        Period dhis2 = Period.parse("202402");
        assertThat(iso.type()).isEqualTo(PeriodType.MONTHLY);
        assertThat(iso.end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(dhis2).isEqualTo(iso);
        assertThat(dhis2.iso()).isEqualTo("2024-02");
    }

    @Test
    void parsesAJulyFinancialYear() {
        Period p = Period.parse("2025July");
        assertThat(p.type()).isEqualTo(PeriodType.FINANCIAL_JULY);
        assertThat(p.start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void trimsSurroundingSpace() {
        assertThat(Period.parse(" 2025Q4 ").iso()).isEqualTo("2025Q4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "25", "2025Q5", "2025Q0", "2025-13", "2025-00", "202513", "2025W01", "2025-4",
            "2025june", "abc", "20251", "1800", "3000Q1"})
    void rejectsWhatIsNotAPeriodWithAReadableMessage(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void previousStaysInTheSameType() {
        assertThat(Period.parse("2025").previous().iso()).isEqualTo("2024");
        assertThat(Period.parse("2025Q1").previous().iso()).isEqualTo("2024Q4");
        assertThat(Period.parse("2025Q3").previous().iso()).isEqualTo("2025Q2");
        assertThat(Period.parse("2025-01").previous().iso()).isEqualTo("2024-12");
        assertThat(Period.parse("2025July").previous().iso()).isEqualTo("2024July");
    }

    @Test
    void rangeListsEveryPeriodOfTheTypeInOrder() {
        assertThat(Period.range(PeriodType.QUARTERLY, Period.parse("2024Q3"), Period.parse("2025Q2")))
                .extracting(Period::iso).containsExactly("2024Q3", "2024Q4", "2025Q1", "2025Q2");
        assertThat(Period.range(PeriodType.MONTHLY, Period.parse("2024-11"), Period.parse("2025-02")))
                .extracting(Period::iso).containsExactly("2024-11", "2024-12", "2025-01", "2025-02");
        assertThat(Period.range(PeriodType.YEARLY, Period.parse("2023"), Period.parse("2025")))
                .extracting(Period::iso).containsExactly("2023", "2024", "2025");
    }

    @Test
    void rangeAcrossTypesUsesThePeriodsContainingTheBounds() {
        List<Period> quarters = Period.range(PeriodType.QUARTERLY, Period.parse("2025"), Period.parse("2025"));
        assertThat(quarters).extracting(Period::iso).containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
        assertThat(Period.range(PeriodType.FINANCIAL_JULY, Period.parse("2024-03"), Period.parse("2025-08")))
                .extracting(Period::iso).containsExactly("2023July", "2024July", "2025July");
    }

    @Test
    void rangeIsEmptyWhenToIsBeforeFrom() {
        assertThat(Period.range(PeriodType.YEARLY, Period.parse("2025"), Period.parse("2023"))).isEmpty();
    }

    @Test
    void comboIsSortedByCategoryAndEmptyForTheTotal() {
        ValueKey key = new ValueKey("E", "KEN", "2025", java.util.Map.of("SEX", "F", "AGE", "Y0T4"), null);
        assertThat(key.combo()).isEqualTo("AGE:Y0T4;SEX:F");
        assertThat(new ValueKey("E", "KEN", "2025", null, "").combo()).isEmpty();
        assertThat(ValueKey.parseCombo("SEX:F;AGE:Y0T4")).containsEntry("SEX", "F").containsEntry("AGE", "Y0T4");
    }
}
