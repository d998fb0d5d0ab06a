package org.haven.data;

import java.util.List;

/**
 * Which values to find; an empty list means any. {@code includeChildren} also matches org units below the listed
 * ones (by hierarchy path). Periods are matched by their canonical form.
 */
public record DataValueQuery(List<String> dataElements, List<String> orgUnits, List<String> periods,
        boolean includeChildren) {

    public DataValueQuery {
        dataElements = dataElements == null ? List.of() : List.copyOf(dataElements);
        orgUnits = orgUnits == null ? List.of() : List.copyOf(orgUnits);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
