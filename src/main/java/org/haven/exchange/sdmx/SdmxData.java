package org.haven.exchange.sdmx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.analytics.Analytics;
import org.haven.analytics.AnalyticsQuery;
import org.haven.analytics.AnalyticsResult;
import org.haven.analytics.AnalyticsRow;
import org.haven.data.Period;
import org.haven.data.ValueFeed;
import org.haven.data.ValueFeed.FeedValue;
import org.haven.data.ValueKey;
import org.haven.exchange.sdmx.SdmxModel.Observation;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.ElementDefinition;
import org.haven.reference.OrgUnit;
import org.springframework.stereotype.Component;

/**
 * The public observations of the SDMX dataflow: stored values of the series elements that count as approved
 * (approved data set, or published with an origin), not demo, without partner, at an org unit with an M49 code,
 * for a year, quarter or month, disaggregated by nothing but sex and age (with SDMX codes). Small cells are then
 * hidden exactly as the public dashboards hide them: each group of observations (series x the categories it is
 * split by) is asked of {@link Analytics} in its public view, and every cell that view suppresses is left out.
 */
@Component
class SdmxData {

    private final SdmxStructures structures;
    private final ValueFeed feed;
    private final Analytics analytics;

    SdmxData(SdmxStructures structures, ValueFeed feed, Analytics analytics) {
        this.structures = structures;
        this.feed = feed;
        this.analytics = analytics;
    }

    /** A kept value: its observation and the Haven cell behind it. */
    private record Cell(Observation obs, String orgUnit, String period, Map<String, String> combo) {
    }

    /** The observations matching the query, suppressed cells left out, by series, area, sex, age and time. */
    List<Observation> observations(SdmxQuery query) {
        Map<String, ElementDefinition> series = new LinkedHashMap<>(structures.seriesIndex());
        Set<String> askedSeries = query.key().get(1);
        if (!askedSeries.isEmpty()) {
            series.keySet().retainAll(askedSeries);
        }
        if (series.isEmpty()) {
            return List.of();
        }
        Map<String, String> m49ByUnit = new HashMap<>();
        for (Map.Entry<String, OrgUnit> e : structures.areaIndex().entrySet()) {
            m49ByUnit.put(e.getValue().code(), e.getKey());
        }
        Map<String, String> units = new HashMap<>();
        series.keySet().forEach(s -> units.put(s, structures.unitOf(s)));
        List<Cell> cells = new ArrayList<>();
        feed.values(series.keySet(), null, null, v -> cell(v, series.get(v.dataElement()), m49ByUnit, units, query)
                .ifPresent(cells::add));
        List<Observation> out = unsuppressed(cells);
        out.sort(Comparator.comparing(Observation::series).thenComparing(Observation::refArea, SdmxData::byNumber)
                .thenComparing(Observation::sex).thenComparing(Observation::age).thenComparing(Observation::freq)
                .thenComparing(Observation::timePeriod));
        return out;
    }

    private static int byNumber(String a, String b) {
        return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }

    private static Optional<Cell> cell(FeedValue v, ElementDefinition element, Map<String, String> m49ByUnit,
            Map<String, String> units, SdmxQuery query) {
        if (!v.approved() || v.demo() || !v.partner().isEmpty() || element == null) {
            return Optional.empty();
        }
        String area = m49ByUnit.get(v.orgUnit());
        Period period = parsePeriod(v.period());
        if (area == null || period == null) {
            return Optional.empty();
        }
        String[] freqTime = SdmxTime.of(period);
        if (freqTime == null) {
            return Optional.empty();
        }
        Map<String, String> combo = ValueKey.parseCombo(v.combo());
        String ageCategory = SdmxStructures.ageCategory(element).map(CategoryDefinition::code).orElse(null);
        String sex = SdmxModel.TOTAL;
        String age = SdmxModel.TOTAL;
        for (Map.Entry<String, String> e : combo.entrySet()) {
            if (e.getKey().equals(SdmxStructures.SEX)) {
                sex = SdmxStructures.sexCode(e.getValue());
            } else if (e.getKey().equals(ageCategory)) {
                age = SdmxStructures.ageCode(e.getValue());
            } else {
                return Optional.empty();
            }
            if (sex == null || age == null) {
                return Optional.empty();
            }
        }
        Observation o = new Observation(freqTime[0], element.code(), area, sex, age, freqTime[1], decimal(v.value()),
                units.get(element.code()), v.nature());
        return query.matches(o, period.start(), period.end())
                ? Optional.of(new Cell(o, v.orgUnit(), period.iso(), combo)) : Optional.empty();
    }

    private static Period parsePeriod(String iso) {
        try {
            return Period.parse(iso);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The stored number as written ("71.5", "12"), without a binary fraction tail. */
    static BigDecimal decimal(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Leaves out every cell the public analytics view suppresses, group by group (series x categories split by). */
    private List<Observation> unsuppressed(List<Cell> cells) {
        Map<String, List<Cell>> groups = new LinkedHashMap<>();
        for (Cell c : cells) {
            groups.computeIfAbsent(c.obs().series() + "|" + String.join(",", c.combo().keySet()), k -> new ArrayList<>())
                    .add(c);
        }
        List<Observation> out = new ArrayList<>();
        for (List<Cell> group : groups.values()) {
            Set<String> hidden = suppressed(group);
            for (Cell c : group) {
                if (!hidden.contains(cellKey(c.orgUnit(), c.period(), List.copyOf(c.combo().values())))) {
                    out.add(c.obs());
                }
            }
        }
        return out;
    }

    private Set<String> suppressed(List<Cell> group) {
        Cell first = group.get(0);
        List<String> by = List.copyOf(first.combo().keySet());
        Set<String> ou = new LinkedHashSet<>();
        Set<String> pe = new LinkedHashSet<>();
        group.forEach(c -> {
            ou.add(c.orgUnit());
            pe.add(c.period());
        });
        List<String> columns = new ArrayList<>(List.of("dx", "ou", "pe"));
        columns.addAll(by);
        AnalyticsResult result = analytics.query(AnalyticsQuery.of(List.of(first.obs().series()), List.copyOf(ou),
                List.copyOf(pe)).by(by).columns(columns).publicView(true));
        Set<String> hidden = new HashSet<>();
        for (AnalyticsRow row : result.rows()) {
            if (row.suppressed()) {
                List<String> k = row.keys();
                hidden.add(cellKey(k.get(1), k.get(2), k.subList(3, k.size())));
            }
        }
        return hidden;
    }

    private static String cellKey(String orgUnit, String period, List<String> options) {
        return orgUnit + "|" + period + "|" + String.join("|", options);
    }
}
