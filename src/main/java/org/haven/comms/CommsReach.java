package org.haven.comms;

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

/** Reads COMMS_REACHED back from the data-value store and sums it per year (quarters roll up into their year). */
@Component
class CommsReach {

    private final DataValueService values;

    CommsReach(DataValueService values) {
        this.values = values;
    }

    ReachSummary summary(String orgUnit) {
        List<StoredValue> stored = values.find(new DataValueQuery(List.of(CommsFigures.REACHED),
                orgUnit == null ? List.of() : List.of(orgUnit), List.of(), orgUnit != null));
        Map<Integer, Map<String, Map<String, Integer>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (StoredValue v : stored) {
            if (v.value() == null) {
                continue;
            }
            int year = Period.parse(v.key().period()).start().getYear();
            String audience = v.key().categories().getOrDefault(Audiences.CATEGORY, "");
            String sex = v.key().categories().getOrDefault(Audiences.SEX_CATEGORY, "U");
            byYear.computeIfAbsent(year, y -> new HashMap<>()).computeIfAbsent(audience, a -> new HashMap<>())
                    .merge(sex, v.value().intValue(), Integer::sum);
        }
        List<ReachSummary.Year> years = new ArrayList<>();
        byYear.forEach((year, audiences) -> {
            Map<String, Integer> bySex = new HashMap<>();
            audiences.values().forEach(m -> m.forEach((s, n) -> bySex.merge(s, n, Integer::sum)));
            int total = bySex.values().stream().mapToInt(Integer::intValue).sum();
            years.add(new ReachSummary.Year(year, total, bySex, audiences));
        });
        return new ReachSummary(orgUnit, years);
    }
}
