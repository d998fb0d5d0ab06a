package org.haven.learning;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.springframework.stereotype.Component;

/**
 * The Action Plan's activities as learning links them (id, code, title, demo), read through
 * {@link ActivityCatalog}. Learning's link tables reference {@code activity(id)}, so an activity's deletion removes
 * its learning links.
 */
@Component
class PlanActivities {

    private final ActivityCatalog catalog;

    PlanActivities(ActivityCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every activity, by code: the choices of the learning forms. */
    List<ActivityRef> all() {
        return catalog.all().stream().map(PlanActivities::ref).toList();
    }

    Optional<ActivityRef> byCode(String code) {
        return code == null ? Optional.empty() : catalog.findByCode(code).map(PlanActivities::ref);
    }

    /** The activities with these codes (matched ignoring case), keyed by the code in lower case. */
    Map<String, ActivityRef> byCodes(Collection<String> codes) {
        Map<String, ActivityRef> found = new LinkedHashMap<>();
        for (String code : codes) {
            byCode(code).ifPresent(a -> found.put(a.code().toLowerCase(Locale.ROOT), a));
        }
        return found;
    }

    private static ActivityRef ref(Activity a) {
        return new ActivityRef(a.id(), a.code(), a.title(), a.demo());
    }
}
