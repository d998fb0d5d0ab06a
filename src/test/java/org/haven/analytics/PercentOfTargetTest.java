package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Percent of target, from which the status follows. */
class PercentOfTargetTest {

    @Test
    void percentOfTargetCountsFromTheBaselineAndInvertsLowerIsBetter() {
        assertThat(Assembler.percentOfTarget(80.0, 50.0, 100.0, false)).isEqualTo(60.0);
        assertThat(Assembler.percentOfTarget(35.0, 50.0, 20.0, true)).isEqualTo(50.0);
        assertThat(Assembler.percentOfTarget(45.0, null, 50.0, false)).isEqualTo(90.0);
        assertThat(Assembler.percentOfTarget(55.0, null, 50.0, true)).isCloseTo(90.0, within(1e-9));
        assertThat(Assembler.percentOfTarget(0.0, null, 0.0, true)).isEqualTo(100.0);
        assertThat(Assembler.percentOfTarget(3.0, null, 0.0, true)).isEqualTo(0.0);
        assertThat(Assembler.percentOfTarget(null, null, 50.0, false)).isNull();
        assertThat(Assembler.percentOfTarget(45.0, 40.0, null, false)).isNull();
    }
}
