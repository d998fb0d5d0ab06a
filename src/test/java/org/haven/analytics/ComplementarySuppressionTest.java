package org.haven.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression on hand-worked tables (threshold 5 unless said). In the tables below, {@code *} marks the
 * cells expected hidden; the comments walk through why.
 */
class ComplementarySuppressionTest {

    private static final Function<String, List<String>> NO_HIERARCHY = code -> List.of();
    /** World 001 > Africa 002 > Sub-Saharan Africa 202 > Eastern Africa 014 / Western Africa 011 > countries. */
    private static final Map<String, List<String>> AFRICA = Map.of(
            "001", List.of(),
            "014", List.of("202", "002", "001"),
            "011", List.of("202", "002", "001"),
            "KEN", List.of("014", "202", "002", "001"),
            "UGA", List.of("014", "202", "002", "001"),
            "TZA", List.of("014", "202", "002", "001"),
            "NGA", List.of("011", "202", "002", "001"),
            "GHA", List.of("011", "202", "002", "001"));
    private static final Predicate<String> ALL_COUNT = dx -> true;

    private final ComplementarySuppression suppression = new ComplementarySuppression(5, NO_HIERARCHY);

    @Test
    void primaryHidesOneToFourAndShowsZeroAndFive() {
        // SEX: F 1*, M 4*, U 0, X 5 -> the two small counts hide each other; 0 and 5 stay
        AnalyticsResult in = table(List.of("dx", "SEX"), count("C", "F", 1), count("C", "M", 4), count("C", "U", 0),
                count("C", "X", 5));
        AnalyticsResult out = suppression.apply(in, ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|F", "C|M");
        assertThat(value(out, "C|U")).isEqualTo(0.0);
        assertThat(value(out, "C|X")).isEqualTo(5.0);
    }

    @Test
    void hiddenRowsKeepKeysAndLoseEveryNumber() {
        AnalyticsRow small = new AnalyticsRow(List.of("C", "F"), 3.0, 3.0, null, 2.0, 10.0, 30.0,
                ProgressStatus.OFF_TRACK, "C", "UNSD", true, false);
        AnalyticsResult out = suppression.apply(new AnalyticsResult(List.of("dx", "SEX"),
                List.of(small, count("C", "M", 1)), Map.of("C", "Cases")), ALL_COUNT);
        AnalyticsRow hidden = out.rows().get(0);
        assertThat(hidden.keys()).containsExactly("C", "F");
        assertThat(hidden.suppressed()).isTrue();
        assertThat(hidden.value()).isNull();
        assertThat(hidden.numerator()).isNull();
        assertThat(hidden.baseline()).isNull();
        assertThat(hidden.target()).isNull();
        assertThat(hidden.percentOfTarget()).isNull();
        assertThat(hidden.status()).isEqualTo(ProgressStatus.NO_TARGET);
        assertThat(hidden.nature()).isEqualTo("C");
        assertThat(hidden.demo()).isTrue();
        assertThat(out.names()).containsEntry("C", "Cases");
    }

    @Test
    void nothingIsHiddenWhenEveryCountReachesTheThreshold() {
        AnalyticsResult in = table(List.of("dx", "ou", "SEX"), count("C", "KEN", "F", 5), count("C", "KEN", "M", 6),
                count("C", "UGA", "F", 0), count("C", "UGA", "M", 120));
        AnalyticsResult out = suppression.apply(in, ALL_COUNT);
        assertThat(out.rows()).isEqualTo(in.rows());
    }

    @Test
    void theThresholdIsConfigurable() {
        AnalyticsResult in = table(List.of("dx", "SEX"), count("C", "F", 7), count("C", "M", 9), count("C", "U", 30));
        assertThat(hiddenKeys(new ComplementarySuppression(10, NO_HIERARCHY).apply(in, ALL_COUNT)))
                .containsExactlyInAnyOrder("C|F", "C|M");
        assertThat(hiddenKeys(suppression.apply(in, ALL_COUNT))).isEmpty();
    }

    @Test
    void aSingleHiddenCellInALineTakesTheSmallestOtherNonZeroCell() {
        // SEX: F 3*, M 40, U 0, X 7*  -> total 50 - 40 - 0 - 7 would give F; X is the smallest non-zero other
        AnalyticsResult out = suppression.apply(table(List.of("dx", "SEX"), count("C", "F", 3), count("C", "M", 40),
                count("C", "U", 0), count("C", "X", 7)), ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|F", "C|X");
    }

    @Test
    void complementsInRows() {
        //          F     M     U
        //   KEN    3*   40    12*     row KEN has one primary -> its smallest other, U 12
        //   UGA    2*   30    11*     row UGA likewise -> U 11
        //   TZA   20    50    60      columns F (3, 2) and U (12, 11) now hold two hidden cells each
        AnalyticsResult out = suppression.apply(grid(new String[] {"KEN", "UGA", "TZA"}, new String[] {"F", "M", "U"},
                new double[][] {{3, 40, 12}, {2, 30, 11}, {20, 50, 60}}), ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|KEN|F", "C|UGA|F", "C|KEN|U", "C|UGA|U");
        assertNoLineHasOneHiddenCell(out);
    }

    @Test
    void complementsInColumns() {
        //          F     M     U
        //   KEN    3*    4*   40      row KEN holds two primaries
        //   UGA   20    30    25      column F: smallest other is TZA 8; column M: TZA 9
        //   TZA    8*    9*   60      row TZA then holds two hidden cells: stable
        AnalyticsResult out = suppression.apply(grid(new String[] {"KEN", "UGA", "TZA"}, new String[] {"F", "M", "U"},
                new double[][] {{3, 4, 40}, {20, 30, 25}, {8, 9, 60}}), ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|KEN|F", "C|KEN|M", "C|TZA|F", "C|TZA|M");
        assertNoLineHasOneHiddenCell(out);
    }

    @Test
    void aComplementInAColumnChainsIntoItsRow() {
        //          F     M     U
        //   KEN    3*   10*   90      primary KEN/F; row KEN -> M 10; column F -> UGA 70
        //   UGA   70*   11*   12      row UGA now has one hidden (70) -> M 11; column M: 10 and 11, stable
        //   TZA   80    95    96
        AnalyticsResult out = suppression.apply(grid(new String[] {"KEN", "UGA", "TZA"}, new String[] {"F", "M", "U"},
                new double[][] {{3, 10, 90}, {70, 11, 12}, {80, 95, 96}}), ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|KEN|F", "C|KEN|M", "C|UGA|F", "C|UGA|M");
        assertNoLineHasOneHiddenCell(out);
    }

    @Test
    void aLongerChainNeedsASecondRoundOverTheLines() {
        //          F     M     U
        //   KEN    3*   10*   90      round 1: column F -> TZA 20; row KEN -> M 10; row TZA (20 hidden) -> U 13
        //   UGA   80    11*   12*     round 2: column M (10 hidden) -> UGA 11; column U (13 hidden) -> UGA 12
        //   TZA   20*   95    13*     then every row and column holds 0 or 2 hidden cells
        AnalyticsResult out = suppression.apply(grid(new String[] {"KEN", "UGA", "TZA"}, new String[] {"F", "M", "U"},
                new double[][] {{3, 10, 90}, {80, 11, 12}, {20, 95, 13}}), ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|KEN|F", "C|KEN|M", "C|TZA|F", "C|TZA|U",
                "C|UGA|M", "C|UGA|U");
        assertThat(value(out, "C|KEN|U")).isEqualTo(90.0);
        assertThat(value(out, "C|UGA|F")).isEqualTo(80.0);
        assertThat(value(out, "C|TZA|M")).isEqualTo(95.0);
        assertNoLineHasOneHiddenCell(out);
    }

    @Test
    void randomGridsNeverLeaveOneHiddenCellInALine() {
        java.util.Random random = new java.util.Random(20250704);
        String[] units = {"KEN", "UGA", "TZA", "RWA", "BDI"};
        String[] ages = {"A0_4", "A5_9", "A10_14", "A15_17"};
        for (int round = 0; round < 300; round++) {
            double[][] counts = new double[units.length][ages.length];
            for (double[] line : counts) {
                for (int a = 0; a < line.length; a++) {
                    line[a] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
                }
            }
            AnalyticsResult out = suppression.apply(grid(units, ages, counts), ALL_COUNT);
            assertNoLineHasOneHiddenCell(out);
            for (AnalyticsRow r : out.rows()) {
                assertThat(r.suppressed() || r.value() == 0 || r.value() >= 5).as("round %d, %s", round, r.keys())
                        .isTrue();
            }
        }
    }

    @Test
    void aLineOfZerosFallsBackToHidingAZero() {
        // F 3*, M 0*: only a zero is left to hide; without it the total (3) would show F
        AnalyticsResult out = suppression.apply(table(List.of("dx", "SEX"), count("C", "F", 3), count("C", "M", 0)),
                ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|F", "C|M");
    }

    @Test
    void orgUnitHierarchyGroupsParentsWithTheirChildren() {
        // World 200 = Eastern Africa 50 (KEN 3*, UGA 20, TZA 27) + NGA 4* + GHA 100*, listed in one line that
        // already holds two primaries (KEN, NGA). But Sub-Saharan Africa's total (queryable) = Eastern Africa 50 +
        // NGA + GHA would give NGA: the smaller other, Eastern Africa 50*, is hidden; Western Africa's total
        // (queryable, not listed) = NGA + GHA would give NGA: GHA is hidden. Eastern Africa's own group
        // {014*, KEN*, UGA, TZA} then holds two hidden cells, so UGA and TZA stay.
        ComplementarySuppression withHierarchy = new ComplementarySuppression(5,
                code -> AFRICA.getOrDefault(code, List.of()));
        AnalyticsResult out = withHierarchy.apply(table(List.of("dx", "ou"), count("C", "001", 200),
                count("C", "014", 50), count("C", "KEN", 3), count("C", "UGA", 20), count("C", "TZA", 27),
                count("C", "NGA", 4), count("C", "GHA", 100)), ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|KEN", "C|014", "C|NGA", "C|GHA");
    }

    @Test
    void periodHierarchyGroupsQuartersWithTheirMonths() {
        // 2025 70 = Q1 30 (Jan 2*, Feb 7*, Mar 21) + Q2 40 (Apr 3*, May 17*, Jun 20): each quarter's months take
        // a complement, although the whole line already has two primaries.
        AnalyticsResult out = suppression.apply(table(List.of("dx", "pe"), count("C", "2025", 70),
                count("C", "2025Q1", 30), count("C", "2025-01", 2), count("C", "2025-02", 7), count("C", "2025-03", 21),
                count("C", "2025Q2", 40), count("C", "2025-04", 3), count("C", "2025-05", 17),
                count("C", "2025-06", 20)), ALL_COUNT);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("C|2025-01", "C|2025-02", "C|2025-04", "C|2025-05");
    }

    @Test
    void periodAncestorsCoverCalendarAndFinancialYears() {
        assertThat(ComplementarySuppression.periodAncestors("2025-08")).containsExactlyInAnyOrder("2025Q3", "2025",
                "2025July");
        assertThat(ComplementarySuppression.periodAncestors("2025Q1")).containsExactlyInAnyOrder("2025", "2024July");
        assertThat(ComplementarySuppression.periodAncestors("2025")).isEmpty();
        assertThat(ComplementarySuppression.periodAncestors("not-a-period")).isEmpty();
    }

    @Test
    void ratesWhoseNumeratorIsAHiddenCountAreHidden() {
        // CASES by country: KEN 3*, UGA 20* (complement), TZA 30. PREV (a percentage, not itself a count) is
        // CASES / children x 100: its KEN and UGA numerators are the hidden counts, so those rates go too.
        // RATE counts cases per 100,000 and is a count indicator: its own numerator 4 is hidden directly.
        Predicate<String> isCount = dx -> !dx.equals("PREV");
        AnalyticsResult out = suppression.apply(table(List.of("dx", "ou"),
                count("CASES", "KEN", 3), count("CASES", "UGA", 20), count("CASES", "TZA", 30),
                ratio("PREV", "KEN", 3, 50, 100), ratio("PREV", "UGA", 20, 400, 100), ratio("PREV", "TZA", 30, 600, 100),
                ratio("RATE", "KEN", 4, 1_000_000, 100_000), ratio("RATE", "UGA", 90, 2_000_000, 100_000),
                ratio("RATE", "TZA", 80, 3_000_000, 100_000)), isCount);
        assertThat(hiddenKeys(out)).contains("CASES|KEN", "CASES|UGA", "PREV|KEN", "PREV|UGA", "RATE|KEN")
                .doesNotContain("CASES|TZA", "PREV|TZA");
        assertThat(value(out, "PREV|TZA")).isEqualTo(5.0);
        assertNoLineHasOneHiddenCell(out);
    }

    @Test
    void publishedPercentagesWithoutNumeratorAreUntouched() {
        // published SDG values: a percentage of 2.0 and 3.5 with no numerator -> not counts, shown as published
        AnalyticsRow pct = new AnalyticsRow(List.of("SDG_PCT", "KEN"), 2.0, null, null, null, null, null,
                ProgressStatus.NO_TARGET, "C", "UNSD", false, false);
        AnalyticsRow pct2 = new AnalyticsRow(List.of("SDG_PCT", "UGA"), 3.5, null, null, null, null, null,
                ProgressStatus.NO_TARGET, "E", "UNSD", false, false);
        AnalyticsResult in = new AnalyticsResult(List.of("dx", "ou"), List.of(pct, pct2, count("CASES", "KEN", 2),
                count("CASES", "UGA", 1)), Map.of());
        AnalyticsResult out = suppression.apply(in, ALL_COUNT);
        assertThat(out.rows().get(0)).isEqualTo(pct);
        assertThat(out.rows().get(1)).isEqualTo(pct2);
        assertThat(hiddenKeys(out)).containsExactlyInAnyOrder("CASES|KEN", "CASES|UGA");
    }

    @Test
    void valuesThatAreNotCountsAreUntouched() {
        AnalyticsResult in = table(List.of("dx", "ou"), count("BUDGET", "KEN", 2), count("BUDGET", "UGA", 900));
        assertThat(suppression.apply(in, dx -> false).rows()).isEqualTo(in.rows());
    }

    // ---- helpers

    /** A whole C x ou x SEX grid. */
    private static AnalyticsResult grid(String[] units, String[] sexes, double[][] counts) {
        List<AnalyticsRow> rows = new ArrayList<>();
        for (int u = 0; u < units.length; u++) {
            for (int s = 0; s < sexes.length; s++) {
                rows.add(count("C", units[u], sexes[s], counts[u][s]));
            }
        }
        return new AnalyticsResult(List.of("dx", "ou", "SEX"), rows, Map.of());
    }

    private static AnalyticsResult table(List<String> columns, AnalyticsRow... rows) {
        return new AnalyticsResult(columns, List.of(rows), Map.of());
    }

    private static AnalyticsRow count(Object... keysThenCount) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < keysThenCount.length - 1; i++) {
            keys.add((String) keysThenCount[i]);
        }
        double n = ((Number) keysThenCount[keysThenCount.length - 1]).doubleValue();
        return new AnalyticsRow(keys, n, n, null, null, null, null, ProgressStatus.NO_TARGET, null, null, false, false);
    }

    private static AnalyticsRow ratio(String dx, String ou, double numerator, double denominator, double multiplier) {
        return new AnalyticsRow(List.of(dx, ou), numerator / denominator * multiplier, numerator, denominator, null,
                null, null, ProgressStatus.NO_TARGET, null, null, false, false);
    }

    private static Set<String> hiddenKeys(AnalyticsResult result) {
        Set<String> out = new TreeSet<>();
        for (AnalyticsRow r : result.rows()) {
            if (r.suppressed()) {
                out.add(String.join("|", r.keys()));
            }
        }
        return out;
    }

    private static Double value(AnalyticsResult result, String keys) {
        return result.rows().stream().filter(r -> String.join("|", r.keys()).equals(keys)).findFirst()
                .orElseThrow().value();
    }

    /**
     * The disclosure check, written independently of the implementation: along every dimension but dx, the cells
     * sharing all other keys add up to a total anyone can query; exactly one hidden cell among them could be
     * recovered by subtraction.
     */
    private static void assertNoLineHasOneHiddenCell(AnalyticsResult result) {
        List<String> columns = result.columns();
        for (int d = 0; d < columns.size(); d++) {
            if (columns.get(d).equals("dx")) {
                continue;
            }
            Map<List<String>, int[]> lines = new HashMap<>();
            for (AnalyticsRow r : result.rows()) {
                List<String> rest = new ArrayList<>(r.keys());
                rest.remove(d);
                int[] c = lines.computeIfAbsent(rest, k -> new int[2]);
                c[0]++;
                c[1] += r.suppressed() ? 1 : 0;
            }
            String along = columns.get(d);
            lines.forEach((line, c) -> assertThat(c[1]).as("hidden cells in line %s along %s", line, along)
                    .isNotEqualTo(1));
        }
    }
}
