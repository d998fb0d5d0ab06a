package org.haven.sdg;

import java.util.List;
import java.util.Set;

/**
 * What an import did or, for a dry run, would do: the value rows read, how many values are new, updated and
 * unchanged, every rejected row with its reason, the series and age groups added to the registry, and whether the
 * values were committed. {@code refusal} says why a commit wrote nothing (null otherwise).
 */
public record SdgSummary(String fileName, Set<String> layouts, String origin, boolean dryRun, boolean committed,
        String refusal, int rows, int created, int updated, int unchanged, int rejected, List<SdgRejection> rejections,
        List<String> newSeries, List<String> newAgeGroups) {

    public SdgSummary {
        layouts = Set.copyOf(layouts);
        rejections = List.copyOf(rejections);
        newSeries = List.copyOf(newSeries);
        newAgeGroups = List.copyOf(newAgeGroups);
    }

    /** Values that would be (or were) written: new plus updated. */
    public int changed() {
        return created + updated;
    }
}
