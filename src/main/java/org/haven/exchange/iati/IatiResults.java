package org.haven.exchange.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsRow;
import org.haven.indicator.IndicatorCatalog;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.indicator.IndicatorTarget;
import org.haven.indicator.TargetCatalog;
import org.haven.plan.Activity;
import org.springframework.stereotype.Component;

/**
 * The results of an activity for IATI: every indicator linked to one of the activity's framework nodes, with its
 * baselines and yearly targets (totals, no disaggregation) for each of the activity's areas and the actual values
 * per calendar year from the activity's start year to its end year (at most the current year). Actual values are the
 * public view of the analytics engine: approved values only, small cells suppressed, so the export publishes nothing
 * the public dashboards would not show. An indicator with neither baseline, target nor actual is left out.
 */
@Component
class IatiResults {

    /** One value for one area (Haven org-unit code). */
    record AreaValue(String area, BigDecimal value) {
    }

    record Baseline(int year, String area, BigDecimal value) {
    }

    /** One calendar year with the targets and actual values set for it. */
    record Period(int year, List<AreaValue> targets, List<AreaValue> actuals) {
    }

    record Result(IndicatorSummary indicator, List<Baseline> baselines, List<Period> periods) {
    }

    private final IndicatorCatalog indicators;
    private final TargetCatalog targets;
    private final Analytics analytics;

    IatiResults(IndicatorCatalog indicators, TargetCatalog targets, Analytics analytics) {
        this.indicators = indicators;
        this.targets = targets;
        this.analytics = analytics;
    }

    /** Indicators once per export; pass them to {@link #of}. */
    List<IndicatorSummary> indicators() {
        return indicators.all();
    }

    List<Result> of(Activity activity, List<IndicatorSummary> all) {
        List<IndicatorSummary> linked = all.stream()
                .filter(i -> i.nodeCodes().stream().anyMatch(activity.nodeCodes()::contains)).toList();
        if (linked.isEmpty() || activity.areaCodes().isEmpty()) {
            return List.of();
        }
        Map<String, Map<Integer, List<AreaValue>>> actuals = actuals(activity, linked);
        List<Result> results = new ArrayList<>();
        for (IndicatorSummary indicator : linked) {
            List<Baseline> baselines = new ArrayList<>();
            Map<Integer, List<AreaValue>> targetsByYear = new TreeMap<>();
            for (String area : activity.areaCodes()) {
                for (IndicatorTarget t : targets.forIndicator(indicator.code(), area)) {
                    if (!t.total() || t.value() == null) {
                        continue;
                    }
                    if (t.baseline()) {
                        baselines.add(new Baseline(t.year(), area, t.value()));
                    } else {
                        targetsByYear.computeIfAbsent(t.year(), y -> new ArrayList<>()).add(new AreaValue(area, t.value()));
                    }
                }
            }
            Map<Integer, List<AreaValue>> actualByYear = actuals.getOrDefault(indicator.code(), Map.of());
            TreeSet<Integer> years = new TreeSet<>(targetsByYear.keySet());
            years.addAll(actualByYear.keySet());
            List<Period> periods = years.stream().map(y -> new Period(y, targetsByYear.getOrDefault(y, List.of()),
                    actualByYear.getOrDefault(y, List.of()))).toList();
            if (!baselines.isEmpty() || !periods.isEmpty()) {
                results.add(new Result(indicator, baselines, periods));
            }
        }
        return results;
    }

    private Map<String, Map<Integer, List<AreaValue>>> actuals(Activity activity, List<IndicatorSummary> linked) {
        Map<String, Map<Integer, List<AreaValue>>> byIndicator = new HashMap<>();
        if (activity.startDate() == null) {
            return byIndicator;
        }
        int from = activity.startDate().getYear();
        int current = LocalDate.now().getYear();
        int to = Math.min(activity.endDate() == null ? current : activity.endDate().getYear(), current);
        if (to < from) {
            return byIndicator;
        }
        List<String> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(String.valueOf(y));
        }
        AnalyticsQuery query = AnalyticsQuery.of(linked.stream().map(IndicatorSummary::code).toList(),
                List.copyOf(activity.areaCodes()), years).columns(List.of("dx", "ou", "pe")).publicView(true);
        for (AnalyticsRow row : analytics.query(query).rows()) {
            if (row.value() == null || row.suppressed()) {
                continue;
            }
            int year;
            try {
                year = Integer.parseInt(row.keys().get(2));
            } catch (NumberFormatException e) {
                continue;
            }
            byIndicator.computeIfAbsent(row.keys().get(0), k -> new TreeMap<>())
                    .computeIfAbsent(year, k -> new ArrayList<>())
                    .add(new AreaValue(row.keys().get(1), BigDecimal.valueOf(row.value()).stripTrailingZeros()));
        }
        return byIndicator;
    }
}
