package org.haven.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsRow;
import org.haven.analytics.ProgressStatus;
import org.haven.analytics.ValueView;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.indicator.IndicatorTarget;
import org.haven.indicator.TargetCatalog;
import org.springframework.stereotype.Component;

/**
 * Indicator progress as the dashboards show it, read from {@link Analytics}: the latest value up to the end of a year
 * in one org unit, with baseline, target, percent of target and status from the engine (its thresholds); in the
 * public view only approved values and small cells suppressed. Also values by sex for the gender summary.
 */
@Component
class IndicatorProgress {

    private final Analytics analytics;
    private final TargetCatalog targets;

    IndicatorProgress(Analytics analytics, TargetCatalog targets) {
        this.analytics = analytics;
        this.targets = targets;
    }

    /** One line per indicator, in the given order; indicators without a value get a line with dashes. */
    List<IndicatorLine> lines(List<IndicatorSummary> indicators, String orgUnit, int year, boolean publicView,
            ReportText text) {
        Map<String, AnalyticsRow> rows = latest(indicators, orgUnit, year, publicView);
        List<IndicatorLine> out = new ArrayList<>();
        for (IndicatorSummary i : indicators) {
            IndicatorLine line = line(i, rows.get(i.code()), text);
            AnalyticsRow row = rows.get(i.code());
            if (row == null || row.target() == null) {
                line = withNextTarget(line, i, orgUnit, year, text);
            }
            out.add(line);
        }
        return out;
    }

    /** Indicator code to its female and male values in the year (latest up to its end), for those split by sex. */
    Map<String, Map<String, Double>> bySex(List<IndicatorSummary> indicators, String orgUnit, int year,
            boolean publicView) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        if (indicators.isEmpty()) {
            return out;
        }
        AnalyticsQuery q = AnalyticsQuery.of(indicators.stream().map(IndicatorSummary::code).toList(),
                List.of(orgUnit), List.of(String.valueOf(year))).by(List.of("SEX"))
                .columns(List.of("dx", "ou", "pe", "SEX")).view(ValueView.LATEST).publicView(publicView);
        for (AnalyticsRow row : analytics.query(q).rows()) {
            String sex = row.keys().get(3);
            if (row.value() != null && ("F".equals(sex) || "M".equals(sex))) {
                out.computeIfAbsent(row.keys().get(0), k -> new HashMap<>()).put(sex, row.value());
            }
        }
        return out;
    }

    private Map<String, AnalyticsRow> latest(List<IndicatorSummary> indicators, String orgUnit, int year,
            boolean publicView) {
        Map<String, AnalyticsRow> out = new HashMap<>();
        if (indicators.isEmpty()) {
            return out;
        }
        AnalyticsQuery q = AnalyticsQuery.of(indicators.stream().map(IndicatorSummary::code).distinct().toList(),
                List.of(orgUnit), List.of(String.valueOf(year))).columns(List.of("dx", "ou", "pe"))
                .view(ValueView.LATEST).publicView(publicView);
        for (AnalyticsRow row : analytics.query(q).rows()) {
            out.putIfAbsent(row.keys().get(0), row);
        }
        return out;
    }

    /**
     * Without a target for the year (targets are set for given years only and never interpolated, so no status),
     * names the next target set for the org unit, e.g. "– (2030: 45)", for information.
     */
    private IndicatorLine withNextTarget(IndicatorLine line, IndicatorSummary i, String orgUnit, int year,
            ReportText text) {
        List<IndicatorTarget> all = targets.forIndicator(i.code(), orgUnit);
        Optional<IndicatorTarget> next = all.stream().filter(t -> !t.baseline() && t.total() && t.year() > year)
                .min(Comparator.comparingInt(IndicatorTarget::year));
        Optional<IndicatorTarget> baseline = all.stream().filter(t -> t.baseline() && t.total())
                .max(Comparator.comparingInt(IndicatorTarget::year));
        if (next.isEmpty() && baseline.isEmpty()) {
            return line;
        }
        String target = next.isEmpty() ? line.target() : text.message("report.nextTarget", line.target(),
                String.valueOf(next.get().year()), text.number(next.get().value().doubleValue(), i.decimals()));
        String base = baseline.isEmpty() ? line.baseline() : text.message("report.baselineYear",
                text.number(baseline.get().value().doubleValue(), i.decimals()), String.valueOf(baseline.get().year()));
        return new IndicatorLine(line.code(), line.name(), line.unit(), base, target, line.actual(),
                line.percent(), line.percentOfTarget(), line.status(), line.statusText(), line.hasValue(), line.demo(),
                line.suppressed());
    }

    static IndicatorLine line(IndicatorSummary i, AnalyticsRow row, ReportText text) {
        String unit = i.unit() == null ? "" : i.unit();
        if (row == null) {
            String none = text.message("report.noValue");
            return new IndicatorLine(i.code(), i.name(), unit, none, none, none, none, null, ProgressStatus.NO_TARGET,
                    text.message("report.status.NO_TARGET"), false, false, false);
        }
        ProgressStatus status = row.status() == null ? ProgressStatus.NO_TARGET : row.status();
        String actual = row.suppressed() ? text.message("report.suppressed") : text.number(row.value(), i.decimals());
        return new IndicatorLine(i.code(), i.name(), unit, text.number(row.baseline(), i.decimals()),
                text.number(row.target(), i.decimals()), actual,
                row.percentOfTarget() == null ? text.message("report.noValue")
                        : text.number(row.percentOfTarget(), 0) + " %",
                row.percentOfTarget(), status, text.message("report.status." + status.name()),
                row.value() != null, row.demo(), row.suppressed());
    }
}
