package org.haven.data;

import java.util.ArrayList;
import java.util.List;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.reference.OrgUnit;

/** The form being entered: data set x org unit x period, resolved from request parameters. */
record DataEntryTarget(DataSet set, OrgUnit orgUnit, Period period) {

    /** Resolves the three codes; InvalidInputException naming each bad field (period must fit the set's type). */
    static DataEntryTarget resolve(DataSetCatalog sets, DataEntryAccess access, String dataSet, String orgUnit,
            String period) {
        List<FieldProblem> problems = new ArrayList<>();
        DataSet set = dataSet == null || dataSet.isBlank() ? null : sets.find(dataSet.trim()).orElse(null);
        if (set == null) {
            problems.add(new FieldProblem("dataSet", dataSet == null || dataSet.isBlank()
                    ? "pick a data set" : "unknown data set '" + dataSet + "'"));
        }
        OrgUnit ou = access.find(orgUnit).orElse(null);
        if (ou == null) {
            problems.add(new FieldProblem("orgUnit", orgUnit == null || orgUnit.isBlank()
                    ? "pick an org unit" : "unknown org unit '" + orgUnit + "'"));
        }
        Period p = null;
        try {
            p = Period.parse(period);
            if (set != null && p.type() != set.periodType()) {
                problems.add(new FieldProblem("period", "data set " + set.code() + " is entered by "
                        + set.periodType().name().toLowerCase().replace('_', ' ') + " period: '" + period + "' does not fit"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("period", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DataEntryTarget(set, ou, p);
    }

    String query() {
        return "dataSet=" + enc(set.code()) + "&orgUnit=" + enc(orgUnit.code()) + "&period=" + enc(period.iso());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
