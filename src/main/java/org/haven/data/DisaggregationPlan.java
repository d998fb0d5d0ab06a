package org.haven.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change of a data element's disaggregation: its new categories in order, and option mappings
 * {@code "OLDCAT:OPT" -> "NEWCAT:OPT"} (several old options may map to one new option: their values are summed).
 * An old category that is not among the new ones and has no mapping collapses to the total (dropped from the
 * combination, values summed); a new category without mappings starts empty: existing values become its total.
 */
public record DisaggregationPlan(String element, List<String> newCategories, Map<String, String> optionMap) {

    public DisaggregationPlan {
        newCategories = List.copyOf(newCategories);
        optionMap = Map.copyOf(optionMap);
    }

    /** The categories of a value after the change; the same map when nothing changes for it. */
    Map<String, String> map(Map<String, String> categories) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : categories.entrySet()) {
            String target = optionMap.get(e.getKey() + ":" + e.getValue());
            if (target != null) {
                int colon = target.indexOf(':');
                out.put(target.substring(0, colon), target.substring(colon + 1));
            } else if (newCategories.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * Parses mapping lines such as {@code AGE_CHILD:Y0T4 + AGE_CHILD:Y5T9 -> AGE_HOMICIDE:Y0T9}; blank lines are
     * ignored. Problems are reported by 1-based line number.
     */
    static Map<String, String> parseMappings(String text, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] sides = line.split("->", -1);
            if (sides.length != 2 || !isPair(sides[1].trim())) {
                problems.add("line " + (n + 1) + ": write OLDCAT:OPTION + OLDCAT:OPTION -> NEWCAT:OPTION");
                continue;
            }
            List<String> from = new ArrayList<>();
            for (String s : sides[0].split("\\+")) {
                from.add(s.trim());
            }
            for (String f : from) {
                if (!isPair(f)) {
                    problems.add("line " + (n + 1) + ": '" + f + "' is not CATEGORY:OPTION");
                } else if (out.containsKey(f)) {
                    problems.add("line " + (n + 1) + ": " + f + " is mapped twice");
                } else {
                    out.put(f, sides[1].trim());
                }
            }
        }
        return out;
    }

    private static boolean isPair(String s) {
        return s.matches("[A-Za-z0-9_-]{1,40}:[A-Za-z0-9_-]{1,40}");
    }
}
