package org.haven.data;

import java.util.List;

/**
 * A group of data elements entered together with one period type. Values of a period can be entered until
 * {@code openDaysAfterPeriodEnd} days after the period ends (0 = never closes); after that only ADMIN and
 * MEL_OFFICER may change them.
 */
public record DataSet(String code, String name, PeriodType periodType, List<String> dataElements,
        int openDaysAfterPeriodEnd, int version) {

    public DataSet {
        dataElements = List.copyOf(dataElements);
    }
}
