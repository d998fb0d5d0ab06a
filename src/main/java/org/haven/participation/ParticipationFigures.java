package org.haven.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.haven.data.DataValueQuery;
import org.haven.data.DataValueService;
import org.haven.data.DerivedValue;
import org.haven.data.DerivedValues;
import org.haven.data.Period;
import org.haven.data.PeriodType;
import org.haven.data.StoredValue;
import org.haven.data.ValueKey;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.plan.ActivityStatus;
import org.springframework.stereotype.Component;

/**
 * The ledger's derived data elements, recomputed from every engagement and written through {@link DerivedValues} in
 * the caller's transaction. Engagement figures are quarterly by engagement date in the engagement's country (years
 * roll up from quarters); the activity figures are yearly at World, only for years with at least one engagement:
 * activities with an engagement in the year, out of the activities not cancelled whose dates overlap the year plus
 * any activity with an engagement in it. An element whose figures did not change is not rewritten.
 */
@Component
class ParticipationFigures {

    static final String REGISTER = "participation";
    static final String CHILDREN = "PART_CHILDREN_ENGAGED";
    static final String ENGAGEMENTS = "PART_ENGAGEMENTS";
    static final String LOOP_CLOSED = "PART_ENGAGEMENTS_LOOP_CLOSED";
    static final String SAFEGUARDED = "PART_ENGAGEMENTS_SAFEGUARDED";
    static final String ACTIVITIES = "PART_ACTIVITIES";
    static final String ACTIVITIES_WITH_CHILDREN = "PART_ACTIVITIES_WITH_CHILDREN";
    static final String WORLD = "001";

    private final EngagementStore store;
    private final ActivityCatalog activities;
    private final DerivedValues derived;
    private final DataValueService values;

    ParticipationFigures(EngagementStore store, ActivityCatalog activities, DerivedValues derived,
            DataValueService values) {
        this.store = store;
        this.activities = activities;
        this.derived = derived;
        this.values = values;
    }

    /** Recomputes every derived element of the ledger (after a change of an engagement). */
    void recomputeAll() {
        List<EngagementStore.Fact> facts = store.facts();
        replaceIfChanged(CHILDREN, children(store.countFacts()));
        Map<String, List<DerivedValue>> engagementFigures = engagementFigures(facts);
        engagementFigures.forEach(this::replaceIfChanged);
        activityFigures(facts).forEach(this::replaceIfChanged);
    }

    /** Recomputes the activity figures only (after a change of an activity). */
    void recomputeActivities() {
        activityFigures(store.facts()).forEach(this::replaceIfChanged);
    }

    static List<DerivedValue> children(List<EngagementStore.CountFact> counts) {
        Map<List<String>, Integer> sums = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (EngagementStore.CountFact c : counts) {
            sums.merge(List.of(c.country(), quarter(c.date()), c.sex(), c.ageBand()), c.children(), Integer::sum);
        }
        List<DerivedValue> out = new ArrayList<>();
        sums.forEach((k, n) -> out.add(new DerivedValue(k.get(0), k.get(1),
                Map.of(ChildBands.SEX_CATEGORY, k.get(2), ChildBands.AGE_CATEGORY, k.get(3)), null, BigDecimal.valueOf(n))));
        return out;
    }

    /** Engagements, engagements with the loop closed and safeguarded ones, per country and quarter (zeros kept). */
    static Map<String, List<DerivedValue>> engagementFigures(List<EngagementStore.Fact> facts) {
        Map<List<String>, int[]> cells = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (EngagementStore.Fact f : facts) {
            int[] c = cells.computeIfAbsent(List.of(f.country(), quarter(f.date())), k -> new int[3]);
            c[0]++;
            c[1] += f.loopClosed() ? 1 : 0;
            c[2] += f.safeguarded() ? 1 : 0;
        }
        Map<String, List<DerivedValue>> out = new LinkedHashMap<>();
        String[] elements = {ENGAGEMENTS, LOOP_CLOSED, SAFEGUARDED};
        for (int i = 0; i < elements.length; i++) {
            int index = i;
            out.put(elements[i], cells.entrySet().stream().map(e -> new DerivedValue(e.getKey().get(0),
                    e.getKey().get(1), Map.of(), null, BigDecimal.valueOf(e.getValue()[index]))).toList());
        }
        return out;
    }

    private Map<String, List<DerivedValue>> activityFigures(List<EngagementStore.Fact> facts) {
        Map<Integer, Set<Long>> withChildren = new TreeMap<>();
        for (EngagementStore.Fact f : facts) {
            Set<Long> ids = withChildren.computeIfAbsent(f.date().getYear(), y -> new HashSet<>());
            if (f.activityId() != null) {
                ids.add(f.activityId());
            }
        }
        List<Activity> all = withChildren.isEmpty() ? List.of() : activities.all();
        List<DerivedValue> running = new ArrayList<>();
        List<DerivedValue> engaging = new ArrayList<>();
        withChildren.forEach((year, ids) -> {
            Set<Long> denominator = new HashSet<>(ids);
            all.stream().filter(a -> runsIn(a, year)).forEach(a -> denominator.add(a.id()));
            running.add(new DerivedValue(WORLD, String.valueOf(year), Map.of(), null, BigDecimal.valueOf(denominator.size())));
            engaging.add(new DerivedValue(WORLD, String.valueOf(year), Map.of(), null, BigDecimal.valueOf(ids.size())));
        });
        Map<String, List<DerivedValue>> out = new LinkedHashMap<>();
        out.put(ACTIVITIES, running);
        out.put(ACTIVITIES_WITH_CHILDREN, engaging);
        return out;
    }

    /** Not cancelled, with a start date on or before the year's end and no end date before the year's start. */
    static boolean runsIn(Activity a, int year) {
        return a.status() != ActivityStatus.CANCELLED && a.startDate() != null
                && !a.startDate().isAfter(LocalDate.of(year, 12, 31))
                && (a.endDate() == null || !a.endDate().isBefore(LocalDate.of(year, 1, 1)));
    }

    static String quarter(LocalDate date) {
        return Period.containing(PeriodType.QUARTERLY, date).iso();
    }

    private void replaceIfChanged(String element, List<DerivedValue> computed) {
        Map<String, BigDecimal> stored = new HashMap<>();
        for (StoredValue v : values.find(new DataValueQuery(List.of(element), List.of(), List.of(), false))) {
            stored.put(key(v.key().orgUnit(), v.key().period(), v.key().categories(), v.key().partner()), v.value());
        }
        Map<String, BigDecimal> wanted = new HashMap<>();
        computed.forEach(d -> wanted.put(key(d.orgUnit(), d.period(), d.categories(), d.partner()), d.value()));
        if (!same(stored, wanted)) {
            derived.replace(REGISTER, element, computed);
        }
    }

    private static boolean same(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue() != null && e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    private static String key(String orgUnit, String period, Map<String, String> categories, String partner) {
        return orgUnit + "|" + period + "|" + ValueKey.combo(categories) + "|" + (partner == null ? "" : partner);
    }

    /** The years that have figures, newest first (for the summary). */
    static TreeSet<Integer> years(List<EngagementStore.Fact> facts) {
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        facts.forEach(f -> years.add(f.date().getYear()));
        return years;
    }
}
