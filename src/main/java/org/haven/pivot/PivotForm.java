package org.haven.pivot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pivot form's state for re-rendering a selection: org-unit selectors without their "@parent" suffix plus the
 * parent in {@code ouWithin}, periods offered in the lists apart from those typed as text, the layout slots.
 */
record PivotForm(PivotSelection selection, Set<String> ou, String ouWithin, Set<String> pe, String peText,
        String partnerText, List<String> rowSlots, List<String> columnSlots) {

    static PivotForm of(PivotSelection s, Set<String> listedPeriods) {
        Set<String> ou = new LinkedHashSet<>();
        String within = "";
        for (String code : s.ou()) {
            int at = code.indexOf('@');
            if (at > 0 && PivotSelections.isSelector(code)) {
                ou.add(code.substring(0, at));
                within = code.substring(at + 1);
            } else {
                ou.add(code);
            }
        }
        Set<String> pe = new LinkedHashSet<>();
        List<String> typed = new ArrayList<>();
        for (String p : s.pe()) {
            if (listedPeriods.contains(p)) {
                pe.add(p);
            } else {
                typed.add(p);
            }
        }
        return new PivotForm(s, ou, within, pe, String.join(", ", typed), String.join(", ", s.partners()),
                slots(s.rows(), PivotSelections.MAX_ROW_DIMENSIONS), slots(s.columns(),
                        PivotSelections.MAX_COLUMN_DIMENSIONS));
    }

    private static List<String> slots(List<String> placed, int n) {
        List<String> out = new ArrayList<>(placed);
        while (out.size() < n) {
            out.add("");
        }
        return List.copyOf(out.subList(0, n));
    }

    public boolean dx(String code) {
        return selection.dx().contains(code);
    }

    public boolean option(String category, String option) {
        return selection.optionsOf(category).contains(option);
    }
}
