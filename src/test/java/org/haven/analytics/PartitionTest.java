package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The sorted columns of a partition and the searches the scan relies on. */
class PartitionTest {

    @Test
    void rowsAreSortedByPeriodThenOrgUnitAndSearchesFindTheFirstRowOfAUnit() {
        PeriodDictionary periods = new PeriodDictionary();
        int[] ids = {periods.intern("2024"), periods.intern("2024-03"), periods.intern("2023Q4"), periods.intern("2024-01")};
        Random random = new Random(7);
        PartitionBuilder b = new PartitionBuilder();
        for (int i = 0; i < 5000; i++) {
            b.add(random.nextInt(700), ids[random.nextInt(ids.length)], 0, 0, i, (byte) 0, 0, 0);
        }
        Partition p = b.build(periods, new int[] {0});

        assertThat(p.blocks()).isEqualTo(4);
        // blocks by first day: 2023Q4, 2024 (starts 1 Jan, ends later than 2024-01), 2024-01, 2024-03
        assertThat(p.blockPeriod).containsExactly(ids[2], ids[3], ids[0], ids[1]);
        for (int blk = 0; blk < p.blocks(); blk++) {
            int from = p.blockStart[blk];
            int to = p.blockStart[blk + 1];
            for (int r = from + 1; r < to; r++) {
                assertThat(p.ou[r]).isGreaterThanOrEqualTo(p.ou[r - 1]);
            }
            for (int unit = -1; unit <= 701; unit++) {
                int expected = from;
                while (expected < to && p.ou[expected] < unit) {
                    expected++;
                }
                assertThat(p.lowerBound(from, to, unit)).isEqualTo(expected);
                assertThat(p.lowerBoundNear(from, to, unit)).isEqualTo(expected);
                int mid = (from + to) / 2;
                int fromMid = mid;
                while (fromMid < to && p.ou[fromMid] < unit) {
                    fromMid++;
                }
                assertThat(p.lowerBound(mid, to, unit)).isEqualTo(fromMid);
            }
        }
    }
}
