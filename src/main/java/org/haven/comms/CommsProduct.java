package org.haven.comms;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A communication product or event. {@code orgUnit} is World, a region or a country; {@code activityId} is null when
 * no activity is linked (or it was deleted); {@code nodeCodes} are the objectives and contexts it serves (sorted);
 * {@code audiences} its target audiences; {@code reach} the non-zero counts of people reached.
 */
record CommsProduct(long id, String title, ProductKind kind, Channel channel, String language, LocalDate date,
        ProductStatus status, String orgUnit, Long activityId, String activityCode, String activityTitle,
        String summary, String link, Set<String> nodeCodes, List<String> audiences, List<Reach> reach, int totalReach,
        boolean demo, int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
        String updatedBy) {

    CommsProduct {
        nodeCodes = Collections.unmodifiableSortedSet(new TreeSet<>(nodeCodes == null ? Set.of() : nodeCodes));
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        reach = reach == null ? List.of() : List.copyOf(reach);
    }

    CommsProduct with(Collection<String> nodes, List<String> audienceCodes, List<Reach> reached) {
        return new CommsProduct(id, title, kind, channel, language, date, status, orgUnit, activityId, activityCode,
                activityTitle, summary, link, new TreeSet<>(nodes), audienceCodes, reached,
                reached.stream().mapToInt(Reach::people).sum(), demo, version, createdAt, createdBy, updatedAt, updatedBy);
    }

    /** People reached of one audience and sex (0 when none). */
    public int people(String audience, String sex) {
        return reach.stream().filter(r -> r.audience().equals(audience) && r.sex().equals(sex)).mapToInt(Reach::people).sum();
    }
}
