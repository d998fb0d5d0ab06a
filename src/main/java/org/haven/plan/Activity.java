package org.haven.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One activity of the Action Plan. {@code leadImplementer} is the code of a framework node of kind IMPLEMENTER;
 * {@code nodeCodes} are the framework nodes it contributes to, {@code areaCodes} the countries and regions where it
 * takes place, {@code partnerCodes} the registered partners taking part (all sorted; "partners" in JSON).
 */
public record Activity(long id, String code, String title, String description, String leadImplementer,
        @JsonProperty("partners") Set<String> partnerCodes, Set<String> nodeCodes, Set<String> areaCodes, LocalDate startDate, LocalDate endDate,
        ActivityStatus status, BigDecimal budgetAmount, String budgetCurrency, Integer genderMarker,
        ChildParticipation childParticipation, String childParticipationNote, Integer percentComplete, boolean demo,
        int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {

    public Activity {
        nodeCodes = sorted(nodeCodes);
        areaCodes = sorted(areaCodes);
        partnerCodes = sorted(partnerCodes);
    }

    static Set<String> sorted(Collection<String> codes) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(codes == null ? Set.of() : codes));
    }

    Activity withLinks(Collection<String> nodes, Collection<String> areas, Collection<String> partners) {
        return new Activity(id, code, title, description, leadImplementer, sorted(partners), sorted(nodes), sorted(areas),
                startDate, endDate, status, budgetAmount, budgetCurrency, genderMarker, childParticipation,
                childParticipationNote, percentComplete, demo, version, createdAt, createdBy, updatedAt, updatedBy);
    }
}
