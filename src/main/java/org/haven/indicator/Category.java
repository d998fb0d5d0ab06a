package org.haven.indicator;

import java.util.List;

/** A reusable disaggregation (Sex, an age banding, role in justice, ...) with its options in order. */
record Category(long id, String code, String name, String description, int version, List<CategoryOption> options) {

    Category {
        options = List.copyOf(options);
    }
}
