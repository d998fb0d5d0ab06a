package org.haven.participation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.haven.data.DataValueQuery;
import org.haven.data.DataValueService;
import org.haven.data.Period;
import org.haven.data.StoredValue;
import org.springframework.stereotype.Component;

/**
 * Reads the ledger's derived values back from the data-value store and sums them per year (quarters roll up into
 * their year), for one country or all. Percentages are computed from the summed numerator and denominator.
 */
@Component
class ParticipationIndicators {

    private static final List<String> ELEMENTS = List.of(ParticipationFigures.CHILDREN, ParticipationFigures.ENGAGEMENTS,
            ParticipationFigures.LOOP_CLOSED, ParticipationFigures.SAFEGUARDED, ParticipationFigures.ACTIVITIES,
            ParticipationFigures.ACTIVITIES_WITH_CHILDREN);

    private final DataValueService values;

    ParticipationIndicators(DataValueService values) {
        this.values = values;
    }

    ParticipationSummary summary(String country) {
        List<StoredValue> stored = values.find(new DataValueQuery(ELEMENTS,
                country == null ? List.of() : List.of(country), List.of(), false));
        Map<Integer, Map<String, Integer>> totals = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<Integer, Map<String, Map<String, Integer>>> children = new HashMap<>();
        for (StoredValue v : stored) {
            if (v.value() == null) {
                continue;
            }
            int year = Period.parse(v.key().period()).start().getYear();
            int n = v.value().setScale(0, java.math.RoundingMode.HALF_UP).intValue();
            String element = v.key().dataElement();
            totals.computeIfAbsent(year, y -> new HashMap<>()).merge(element, n, Integer::sum);
            if (element.equals(ParticipationFigures.CHILDREN)) {
                String age = v.key().categories().get(ChildBands.AGE_CATEGORY);
                String sex = v.key().categories().get(ChildBands.SEX_CATEGORY);
                children.computeIfAbsent(year, y -> new HashMap<>()).computeIfAbsent(age, a -> new HashMap<>())
                        .merge(sex, n, Integer::sum);
            }
        }
        List<ParticipationSummary.Year> years = new ArrayList<>();
        totals.forEach((year, t) -> years.add(ParticipationSummary.Year.of(year, children.getOrDefault(year, Map.of()),
                t.getOrDefault(ParticipationFigures.CHILDREN, 0), t.getOrDefault(ParticipationFigures.ENGAGEMENTS, 0),
                t.getOrDefault(ParticipationFigures.LOOP_CLOSED, 0), t.getOrDefault(ParticipationFigures.SAFEGUARDED, 0),
                country == null ? t.get(ParticipationFigures.ACTIVITIES) : null,
                country == null ? t.get(ParticipationFigures.ACTIVITIES_WITH_CHILDREN) : null)));
        return new ParticipationSummary(country, years);
    }
}
