package org.haven.data;

import java.util.Set;

/** Published after values were written or an approval changed, naming what was touched. */
public record DataValuesChanged(Set<String> dataElements, Set<String> orgUnits, Set<String> periods) {

    public DataValuesChanged {
        dataElements = Set.copyOf(dataElements);
        orgUnits = Set.copyOf(orgUnits);
        periods = Set.copyOf(periods);
    }
}
