package org.haven.comms;

import java.util.List;
import java.util.Map;

/**
 * People reached by communication work per year, read back from the data-value store (COMMS_REACHED, what
 * analytics sees), by audience and sex, for one org unit and the units below it, or for all.
 */
record ReachSummary(String orgUnit, List<Year> years) {

    record Year(int year, int total, Map<String, Integer> bySex, Map<String, Map<String, Integer>> byAudience) {

        public int people(String audience, String sex) {
            return byAudience.getOrDefault(audience, Map.of()).getOrDefault(sex, 0);
        }

        public int ofAudience(String audience) {
            return byAudience.getOrDefault(audience, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        public int ofSex(String sex) {
            return bySex.getOrDefault(sex, 0);
        }
    }
}
