package org.haven.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The library's {@code derivedFrom: <register>} is read per element and a malformed register name is refused. */
class MarkDerivedElementsTest {

    @Test
    void readsTheRegisterOfDerivedElementsOnly() {
        Map<String, Object> seed = Map.of("data_elements", List.of(
                Map.of("code", "PART_CHILDREN", "derivedFrom", "participation"),
                Map.of("code", "JJ_ARRESTED")));
        assertThat(MarkDerivedElements.derived(seed)).containsExactly(Map.entry("PART_CHILDREN", "participation"));
    }

    @Test
    void refusesARegisterThatIsNotALowerCaseWord() {
        Map<String, Object> seed = Map.of("data_elements", List.of(Map.of("code", "X", "derivedFrom", "Participation register")));
        assertThatThrownBy(() -> MarkDerivedElements.derived(seed)).hasMessageContaining("X");
    }
}
