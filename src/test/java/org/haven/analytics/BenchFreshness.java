package org.haven.analytics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.data.DataValueInput;
import org.haven.data.DataValueService;
import org.haven.data.ValueKey;
import org.haven.data.ValueSource;
import org.springframework.context.ApplicationContext;

/**
 * Freshness: changes one stored value through {@link DataValueService#write} (as the API does) and polls the world
 * total of its indicator for the year through {@link Analytics#query} until the total includes the change; the time
 * from the start of the write to the first query that sees it, median of several writes.
 */
final class BenchFreshness {

    private static final int RUNS = 11;
    private static final long TIMEOUT_NANOS = 10_000_000_000L;

    private BenchFreshness() {
    }

    static String measure(ApplicationContext app, Analytics haven, BenchDataSet set, Connection postgres)
            throws SQLException {
        DataValueService values = app.getBean(DataValueService.class);
        BenchDataSet.Indicator indicator = set.busiestCount();
        int group = set.indicators().indexOf(indicator);
        int country = set.assignments().stream().filter(a -> a.group() == group).findFirst().orElseThrow().country();
        String unit = BenchDataSet.unit(country, 0);
        String period = BenchDataSet.QUERY_YEAR + "-06";
        Map<String, String> categories = Map.of("SEX", "F", "AGE_CHILD", "Y0T4");
        AnalyticsQuery total = AnalyticsQuery.of(List.of(indicator.code()), List.of(BenchDataSet.WORLD),
                List.of(String.valueOf(BenchDataSet.QUERY_YEAR)));
        double[] freshness = new double[RUNS];
        double[] writes = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long stored = stored(postgres, indicator.numerator(), unit, period);
            double before = world(haven, total);
            long next = stored + 1 + run;
            double expected = before + (next - stored);
            long t0 = System.nanoTime();
            values.write(List.of(new DataValueInput(new ValueKey(indicator.numerator(), unit, period, categories, null),
                    BigDecimal.valueOf(next), null, false)), ValueSource.API);
            long t1 = System.nanoTime();
            while (world(haven, total) != expected) {
                if (System.nanoTime() - t0 > TIMEOUT_NANOS) {
                    return String.format(Locale.ROOT, "freshness: the change of %s %s %s was not visible after 10 s "
                            + "(goal <= 1 s: NOT met)", indicator.numerator(), unit, period);
                }
                Thread.onSpinWait();
            }
            freshness[run] = (System.nanoTime() - t0) / 1e6;
            writes[run] = (t1 - t0) / 1e6;
        }
        double p50 = BenchMemory.median(freshness);
        return String.format(Locale.ROOT, "freshness: write through DataValueService -> visible in Analytics.query: "
                + "p50 %.1f ms (the write alone %.1f ms), %d writes (goal <= 1,000 ms: %s)", p50,
                BenchMemory.median(writes), RUNS, p50 <= 1000 ? "met" : "NOT met");
    }

    private static double world(Analytics haven, AnalyticsQuery q) {
        List<AnalyticsRow> rows = haven.query(q).rows();
        return rows.isEmpty() || rows.get(0).value() == null ? Double.NaN : rows.get(0).value();
    }

    private static long stored(Connection c, String element, String unit, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select numeric_value from data_value where data_element_code = ? and org_unit_code = ? and period = ?
                  and combo = 'AGE_CHILD:Y0T4;SEX:F' and partner_code = ''""")) {
            ps.setString(1, element);
            ps.setString(2, unit);
            ps.setString(3, period);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1).longValueExact() : 0;
            }
        }
    }
}
