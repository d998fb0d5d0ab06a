package org.haven.plan;

import java.util.Locale;

/** The columns the Action Plan list may be sorted by; the SQL text comes only from this whitelist. */
enum ActivitySort {
    CODE("a.code"), TITLE("lower(a.title)"), STATUS("a.status"), START("a.start_date"), END("a.end_date"),
    BUDGET("a.budget_amount"), UPDATED("a.updated_at");

    final String column;

    ActivitySort(String column) {
        this.column = column;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort named by a request parameter, CODE when absent or unknown. */
    static ActivitySort parse(String value) {
        if (value != null) {
            for (ActivitySort s : values()) {
                if (s.param().equalsIgnoreCase(value.trim())) {
                    return s;
                }
            }
        }
        return CODE;
    }
}
