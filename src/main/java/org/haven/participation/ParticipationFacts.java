package org.haven.participation;

import java.util.Map;

/**
 * Read access to the child participation ledger for other features (reports): the figures of one calendar year,
 * counts only (no engagement text, nothing that could identify a child).
 */
public interface ParticipationFacts {

    /**
     * The ledger's figures for engagements dated in {@code year}, in {@code country} (ISO alpha-3) or everywhere when
     * {@code country} is null.
     */
    YearFigures year(int year, String country);

    /**
     * {@code childrenBySex}: F, M, U to the number of children engaged (0 kept); {@code childrenByAge}: AGE_CHILD
     * option code to children; {@code countries}: how many countries had an engagement; {@code activities}: how many
     * distinct Action Plan activities the engagements were linked to.
     */
    record YearFigures(int year, int engagements, int children, Map<String, Integer> childrenBySex,
            Map<String, Integer> childrenByAge, int loopClosed, int safeguarded, int countries, int activities) {

        public YearFigures {
            childrenBySex = Map.copyOf(childrenBySex);
            childrenByAge = Map.copyOf(childrenByAge);
        }
    }
}
