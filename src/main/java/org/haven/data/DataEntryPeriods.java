package org.haven.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods offered in the entry form's period picker: the current one of the data set's type and those before. */
final class DataEntryPeriods {

    private DataEntryPeriods() {
    }

    static List<Period> recent(PeriodType type, LocalDate today, int count) {
        List<Period> list = new ArrayList<>();
        Period p = Period.containing(type, today);
        for (int i = 0; i < count; i++) {
            list.add(p);
            p = p.previous();
        }
        return list;
    }
}
