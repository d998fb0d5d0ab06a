package org.haven.data;

import java.util.List;

/** A data set as the admin pages show and edit it: its elements in entry order. */
record DataSetAdminRow(String code, String name, PeriodType periodType, int openDays, int version,
        List<String> elements) {

    DataSetAdminRow {
        elements = List.copyOf(elements);
    }
}
