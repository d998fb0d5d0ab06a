package org.haven.pivot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsResult;
import org.haven.analytics.AnalyticsRow;
import org.haven.analytics.ProgressStatus;
import org.haven.analytics.ValueView;
import org.junit.jupiter.api.Test;

/**
 * Pivot layout and totals on hand-computed numbers, over a small stand-in for the analytics engine that sums stored
 * numerators and denominators over every dimension a query does not split by (plain JUnit, no Spring).
 */
class PivotLayoutTest {

    /** A stored value: a null SEX is a value stored only as the total over sexes. */
    record Fact(String dx, String ou, String pe, String sex, Double numerator, Double denominator, Double published) {
    }

    private static final Map<String, DataItem> ITEMS = Map.of(
            "PCT", new DataItem("PCT", "Share of children", true, "PERCENTAGE", true, BigDecimal.valueOf(100),
                    "SUM", "SUM", 1, Set.of("SEX")),
            "LATEST_PCT", new DataItem("LATEST_PCT", "Latest share", true, "PERCENTAGE", true,
                    BigDecimal.valueOf(100), "SUM", "LAST", 1, Set.of("SEX")),
            // a share whose denominator (children) is not split by sex: the engine repeats it on every sex
            "GIRLS_BOYS", new DataItem("GIRLS_BOYS", "Share by sex", true, "PERCENTAGE", true, BigDecimal.valueOf(100),
                    "SUM", "SUM", 1, Set.of()),
            "CASES", new DataItem("CASES", "Cases", false, "INTEGER", false, BigDecimal.ONE, "SUM", "SUM", 0, Set.of()),
            // a published percentage: the engine gives the published value as numerator, without denominator
            "SDG", new DataItem("SDG", "Published share", true, "PERCENTAGE", false, BigDecimal.ONE, "SUM", "SUM", 1,
                    Set.of()));

    private final List<Fact> facts = new ArrayList<>(List.of(
            // PCT: KEN 2024 20/200 = 10 %, 2025 10/100 = 10 %; UGA 2024 30/300 = 10 %, 2025 30/600 = 5 %
            new Fact("PCT", "KEN", "2024", "F", 12.0, 100.0, null), new Fact("PCT", "KEN", "2024", "M", 8.0, 100.0, null),
            new Fact("PCT", "KEN", "2025", "F", 6.0, 50.0, null), new Fact("PCT", "KEN", "2025", "M", 4.0, 50.0, null),
            new Fact("PCT", "UGA", "2024", "F", 20.0, 150.0, null), new Fact("PCT", "UGA", "2024", "M", 10.0, 150.0, null),
            new Fact("PCT", "UGA", "2025", "F", 18.0, 300.0, null), new Fact("PCT", "UGA", "2025", "M", 12.0, 300.0, null),
            new Fact("LATEST_PCT", "KEN", "2024", null, 1.0, 10.0, null),
            new Fact("LATEST_PCT", "KEN", "2025", null, 2.0, 10.0, null),
            new Fact("CASES", "KEN", "2025", "F", 7.0, null, null), new Fact("CASES", "KEN", "2025", "M", 5.0, null, null),
            // 3 cases reported without sex: only in the total over sexes
            new Fact("CASES", "KEN", "2025", null, 3.0, null, null),
            new Fact("GIRLS_BOYS", "KEN", "2025", "F", 5.0, 100.0, null),
            new Fact("GIRLS_BOYS", "KEN", "2025", "M", 3.0, 100.0, null),
            new Fact("GIRLS_BOYS", "KEN", "2025", "U", 1.0, 100.0, null),
            new Fact("SDG", "KEN", "2025", null, null, null, 41.0), new Fact("SDG", "UGA", "2025", null, null, null, 23.0)));
    private final List<AnalyticsQuery> asked = new ArrayList<>();

    @Test
    void totalsOfPercentagesDivideSummedNumeratorsBySummedDenominators() {
        PivotTable table = lay(selection(List.of("PCT"), List.of("KEN", "UGA"), List.of("2024", "2025"), Map.of(),
                List.of("ou"), List.of("pe")));
        // columns: 2024, 2025, Total; rows: KEN, UGA, Total
        assertThat(table.columnLabels()).containsExactly(List.of("2024"), List.of("2025"), List.of("Total"));
        assertThat(values(table, 0)).containsExactly(10.0, 10.0, 100 * 30.0 / 300);
        assertThat(values(table, 1)).containsExactly(10.0, 5.0, 100 * 60.0 / 900);
        // 2025 over both countries: (10 + 30) / (100 + 600) = 5.714 %, not the mean of 10 % and 5 % (7.5 %)
        assertThat(table.body().get(2).cells().get(1).value()).isCloseTo(100 * 40.0 / 700, within(1e-9));
        assertThat(table.body().get(2).cells().get(2).value()).isCloseTo(100 * 90.0 / 1200, within(1e-9));
        assertThat(table.body().get(2).total()).isTrue();
        assertThat(table.body().get(2).labels()).containsExactly("Total");
    }

    @Test
    void aCategoryShownWithAllOptionsIsTotalledByAskingTheEngineWithoutIt() {
        PivotTable table = lay(selection(List.of("CASES"), List.of("KEN"), List.of("2025"), Map.of(), List.of("ou"),
                List.of("SEX")));
        // F 7, M 5, and the total over sexes 15 includes the 3 cases stored without sex
        assertThat(table.columnLabels()).containsExactly(List.of("Female"), List.of("Male"), List.of("Total"));
        assertThat(values(table, 0)).containsExactly(7.0, 5.0, 15.0);
        assertThat(asked).anySatisfy(q -> assertThat(q.by()).isEmpty()).anySatisfy(q -> assertThat(q.by())
                .containsExactly("SEX"));
    }

    @Test
    void aCategoryNarrowedToSomeOptionsAddsThemUp() {
        PivotTable table = lay(selection(List.of("PCT"), List.of("KEN"), List.of("2024"), Map.of("SEX", List.of("F")),
                List.of("ou"), List.of("pe")));
        // SEX is a filter narrowed to F: 12 / 100
        assertThat(values(table, 0)).containsExactly(12.0);
    }

    @Test
    void aDenominatorRepeatedOnEveryOptionIsCountedOnce() {
        PivotTable table = lay(selection(List.of("GIRLS_BOYS"), List.of("KEN"), List.of("2025"),
                Map.of("SEX", List.of("F", "M")), List.of("ou"), List.of("pe")));
        // girls and boys: (5 + 3) / 100 children = 8 %, not 8 / 200
        assertThat(values(table, 0)).containsExactly(8.0);
    }

    @Test
    void valuesThatTakeTheLatestPeriodAreNotAddedOverTime() {
        PivotTable table = lay(selection(List.of("LATEST_PCT"), List.of("KEN"), List.of("2024", "2025"), Map.of(),
                List.of("ou"), List.of("pe")));
        assertThat(values(table, 0)).containsExactly(10.0, 20.0, null);
        assertThat(table.body().get(0).cells().get(2).state()).isEqualTo(PivotCell.State.NOT_ADDITIVE);
        assertThat(table.notAdditive()).isTrue();
    }

    @Test
    void publishedPercentagesWithoutNumeratorsAreNeverAddedUp() {
        PivotTable table = lay(selection(List.of("SDG"), List.of("KEN", "UGA"), List.of("2025"), Map.of(),
                List.of("ou"), List.of("pe")));
        assertThat(values(table, 0)).containsExactly(41.0);
        assertThat(values(table, 1)).containsExactly(23.0);
        assertThat(table.body().get(2).cells().get(0).state()).isEqualTo(PivotCell.State.NOT_ADDITIVE);
    }

    @Test
    void subtotalsNeverAddDifferentDataItems() {
        PivotTable table = lay(selection(List.of("PCT", "CASES"), List.of("KEN", "UGA"), List.of("2025"), Map.of(),
                List.of("dx", "ou"), List.of("pe")));
        // PCT: KEN, UGA, Subtotal; CASES: KEN (UGA has none, so no subtotal); no grand total across data items
        assertThat(table.body()).extracting(PivotTable.Row::labels).containsExactly(
                List.of("Share of children", "Kenya"), List.of("Share of children", "Uganda"),
                List.of("Share of children", "Subtotal"), List.of("Cases", "Kenya"));
        assertThat(table.body().get(2).cells().get(0).value()).isCloseTo(100 * 40.0 / 700, within(1e-9));
        // the data item header spans its two rows and its subtotal
        assertThat(table.body().get(0).headers().get(0).rowspan()).isEqualTo(3);
        assertThat(table.body().get(1).headers()).hasSize(1);
        assertThat(table.body().get(2).headers()).extracting(PivotTable.Header::label).containsExactly("Subtotal");
    }

    @Test
    void severalOrgUnitsInAFilterAreCombined() {
        PivotTable table = lay(selection(List.of("PCT"), List.of("KEN", "UGA"), List.of("2024", "2025"), Map.of(),
                List.of("pe"), List.of()));
        assertThat(table.columnLabels()).containsExactly(List.of("Value"));
        assertThat(values(table, 0)).containsExactly(100 * 50.0 / 500);
        assertThat(values(table, 1)).containsExactly(100 * 40.0 / 700);
        assertThat(values(table, 2)).containsExactly(100 * 90.0 / 1200);
    }

    @Test
    void twoColumnDimensionsGetGroupedHeadersWithSubtotals() {
        PivotTable table = lay(selection(List.of("PCT"), List.of("KEN"), List.of("2024", "2025"), Map.of(),
                List.of("ou"), List.of("pe", "SEX")));
        // 2024: F, M, Subtotal; 2025: F, M, Subtotal; Total
        assertThat(table.columnLabels()).containsExactly(List.of("2024", "Female"), List.of("2024", "Male"),
                List.of("2024", "Subtotal"), List.of("2025", "Female"), List.of("2025", "Male"),
                List.of("2025", "Subtotal"), List.of("Total", ""));
        assertThat(table.header().get(0)).extracting(PivotTable.Header::label, PivotTable.Header::colspan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", 1), org.assertj.core.groups.Tuple.tuple("2024", 3),
                        org.assertj.core.groups.Tuple.tuple("2025", 3), org.assertj.core.groups.Tuple.tuple("Total", 1));
        assertThat(values(table, 0)).containsExactly(12.0, 8.0, 10.0, 12.0, 8.0, 10.0, 100 * 30.0 / 300);
    }

    @Test
    void aSubtotalThatWouldRepeatTheTotalIsLeftOut() {
        // only 2025 has values: its subtotal over sexes would equal the grand total
        PivotTable table = lay(selection(List.of("PCT"), List.of("UGA"), List.of("2024", "2025"), Map.of(),
                List.of("ou"), List.of("pe", "SEX")));
        assertThat(table.columnLabels()).containsExactly(List.of("2024", "Female"), List.of("2024", "Male"),
                List.of("2024", "Subtotal"), List.of("2025", "Female"), List.of("2025", "Male"),
                List.of("2025", "Subtotal"), List.of("Total", ""));
        PivotTable one = lay(selection(List.of("PCT"), List.of("UGA"), List.of("2025"), Map.of(), List.of("ou"),
                List.of("pe", "SEX")));
        assertThat(one.columnLabels()).containsExactly(List.of("2025", "Female"), List.of("2025", "Male"),
                List.of("Total", ""));
        assertThat(values(one, 0)).containsExactly(6.0, 4.0, 5.0);
    }

    @Test
    void csvRepeatsLabelsAndRoundsToTheItemsDecimals() throws Exception {
        PivotTable table = lay(selection(List.of("PCT"), List.of("KEN", "UGA"), List.of("2025"), Map.of(),
                List.of("ou"), List.of("pe")));
        java.io.StringWriter out = new java.io.StringWriter();
        new PivotExport().csv(table, out);
        assertThat(out.toString().split("\r\n")).containsExactly("Org unit,2025", "Kenya,10.0", "Uganda,5.0",
                "Total,5.7");
    }

    // ---- helpers

    private PivotTable lay(PivotSelection s) {
        PivotCube cube = new PivotCube(s, this::query, ITEMS);
        Map<String, List<String>> optionOrder = Map.of("SEX", List.of("F", "M"));
        PivotLayout.Texts texts = new PivotLayout.Texts(d -> Map.of("dx", "Data", "ou", "Org unit", "pe", "Period",
                "SEX", "Sex").getOrDefault(d, d), p -> p, "Subtotal", "Total", "Value");
        return PivotLayout.lay(s, cube, optionOrder, texts);
    }

    private static PivotSelection selection(List<String> dx, List<String> ou, List<String> pe,
            Map<String, List<String>> options, List<String> rows, List<String> columns) {
        return new PivotSelection(dx, ou, pe, options, List.of(), rows, columns, false, ValueView.PERIOD,
                PivotSelection.Totals.ALL, PivotSelection.Chart.NONE);
    }

    private static List<Double> values(PivotTable table, int row) {
        return table.body().get(row).cells().stream().map(PivotCell::value).toList();
    }

    /** Sums numerators and denominators over what the query does not split by; facts without SEX only unsplit. */
    private AnalyticsResult query(AnalyticsQuery q) {
        asked.add(q);
        boolean bySex = q.by().contains("SEX");
        Map<List<String>, double[]> sums = new LinkedHashMap<>();
        Map<List<String>, Double> published = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (!q.dx().contains(f.dx()) || !q.ou().contains(f.ou()) || !q.pe().contains(f.pe())
                    || bySex && f.sex() == null) {
                continue;
            }
            List<String> key = new ArrayList<>(List.of(f.dx(), f.ou(), f.pe()));
            if (bySex) {
                key.add(f.sex());
            }
            if (f.published() != null) {
                published.put(key, f.published());
                continue;
            }
            double[] s = sums.computeIfAbsent(key, k -> new double[] {0, 0, 0});
            s[0] += f.numerator();
            s[1] += f.denominator() == null ? 0 : f.denominator();
            s[2] = f.denominator() == null ? 0 : 1;
        }
        List<AnalyticsRow> rows = new ArrayList<>();
        sums.forEach((key, s) -> {
            boolean ratio = s[2] == 1;
            rows.add(new AnalyticsRow(key, ratio ? s[0] / s[1] * 100 : s[0], s[0], ratio ? s[1] : null, null, null, null,
                    ProgressStatus.NO_TARGET, null, null, false, false));
        });
        published.forEach((key, v) -> rows.add(new AnalyticsRow(key, v, v, null, null, null, null,
                ProgressStatus.NO_TARGET, "C", "UNSD", false, false)));
        List<String> columns = new ArrayList<>(List.of("dx", "ou", "pe"));
        if (bySex) {
            columns.add("SEX");
        }
        Function<String, String> name = c -> Map.of("KEN", "Kenya", "UGA", "Uganda", "F", "Female", "M", "Male",
                "PCT", "Share of children", "CASES", "Cases").getOrDefault(c, c);
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(r -> r.keys().forEach(k -> names.put(k, name.apply(k))));
        return new AnalyticsResult(columns, rows, names);
    }
}
