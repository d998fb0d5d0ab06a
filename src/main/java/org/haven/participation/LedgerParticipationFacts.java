package org.haven.participation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ParticipationFacts} from the ledger's tables. */
@Component
@Transactional(readOnly = true)
class LedgerParticipationFacts implements ParticipationFacts {

    private final EngagementStore store;

    LedgerParticipationFacts(EngagementStore store) {
        this.store = store;
    }

    @Override
    public YearFigures year(int year, String country) {
        int engagements = 0;
        int loopClosed = 0;
        int safeguarded = 0;
        Set<String> countries = new HashSet<>();
        Set<Long> activities = new HashSet<>();
        for (EngagementStore.Fact f : store.facts()) {
            if (f.date().getYear() != year || !in(f.country(), country)) {
                continue;
            }
            engagements++;
            loopClosed += f.loopClosed() ? 1 : 0;
            safeguarded += f.safeguarded() ? 1 : 0;
            countries.add(f.country());
            if (f.activityId() != null) {
                activities.add(f.activityId());
            }
        }
        Map<String, Integer> bySex = new LinkedHashMap<>();
        ChildBands.SEXES.forEach(s -> bySex.put(s, 0));
        Map<String, Integer> byAge = new LinkedHashMap<>();
        ChildBands.AGES.forEach(a -> byAge.put(a, 0));
        int children = 0;
        for (EngagementStore.CountFact c : store.countFacts()) {
            if (c.date().getYear() != year || !in(c.country(), country)) {
                continue;
            }
            children += c.children();
            bySex.merge(c.sex(), c.children(), Integer::sum);
            byAge.merge(c.ageBand(), c.children(), Integer::sum);
        }
        return new YearFigures(year, engagements, children, bySex, byAge, loopClosed, safeguarded, countries.size(),
                activities.size());
    }

    private static boolean in(String engagementCountry, String country) {
        return country == null || country.equalsIgnoreCase(engagementCountry);
    }
}
