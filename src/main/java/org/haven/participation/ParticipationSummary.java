package org.haven.participation;

import java.util.List;
import java.util.Map;

/**
 * The ledger's derived indicators per year, read back from the data-value store (so the page shows what analytics
 * sees): children engaged by age band and sex, engagements with the loop closed and meeting every safeguarding
 * item, and activities with child participation (World only; null for one country or when not derived).
 * Percentages are numerator / denominator x 100, one decimal, null when the denominator is 0 or missing.
 */
record ParticipationSummary(String country, List<Year> years) {

    record Year(int year, Map<String, Map<String, Integer>> children, int totalChildren, int engagements,
            int loopClosed, Double loopClosedPercent, int safeguarded, Double safeguardedPercent, Integer activities,
            Integer activitiesWithChildren, Double activitiesPercent) {

        static Year of(int year, Map<String, Map<String, Integer>> children, int totalChildren, int engagements,
                int loopClosed, int safeguarded, Integer activities, Integer activitiesWithChildren) {
            return new Year(year, children, totalChildren, engagements, loopClosed, percent(loopClosed, engagements),
                    safeguarded, percent(safeguarded, engagements), activities, activitiesWithChildren,
                    activities == null || activitiesWithChildren == null ? null : percent(activitiesWithChildren, activities));
        }

        /** Children of one age band and sex (0 when none). */
        public int count(String ageBand, String sex) {
            return children.getOrDefault(ageBand, Map.of()).getOrDefault(sex, 0);
        }

        public int countOfSex(String sex) {
            return children.values().stream().mapToInt(m -> m.getOrDefault(sex, 0)).sum();
        }

        public int countOfAge(String ageBand) {
            return children.getOrDefault(ageBand, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        static Double percent(int numerator, int denominator) {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }
    }
}
