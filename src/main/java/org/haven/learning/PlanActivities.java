package org.haven.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads Action Plan activities (id, code, title) from the plan's {@code activity} table. The plan module offers no
 * Java lookup of activities, and learning must not make plan depend on it, so the link is the database's: learning's
 * link tables reference {@code activity(id)}, and an activity's deletion removes its learning links.
 */
@Repository
class PlanActivities {

    private final JdbcClient jdbc;

    PlanActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every activity, by code: the choices of the learning forms. */
    List<ActivityRef> all() {
        return jdbc.sql("select id, code, title, demo from activity order by code")
                .query((rs, n) -> new ActivityRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    Optional<ActivityRef> byCode(String code) {
        return byCodes(List.of(code)).values().stream().findFirst();
    }

    /** The activities with these codes (matched ignoring case), keyed by the code in lower case. */
    Map<String, ActivityRef> byCodes(Collection<String> codes) {
        Map<String, ActivityRef> found = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        List<String> lower = new ArrayList<>();
        codes.forEach(c -> lower.add(c.trim().toLowerCase(Locale.ROOT)));
        jdbc.sql("select id, code, title, demo from activity where lower(code) in (:codes)").param("codes", lower)
                .query((rs, n) -> new ActivityRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list().forEach(a -> found.put(a.code().toLowerCase(Locale.ROOT), a));
        return found;
    }
}
