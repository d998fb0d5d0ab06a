package org.haven.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a form or API caller sends to create or change an activity. Status and child participation are names of
 * {@link ActivityStatus} and {@link ChildParticipation}, checked by the validator so errors name the field;
 * {@code partners} are partner codes of the registry; {@code version} is required for updates.
 */
record ActivityInput(String code, String title, String description, String leadImplementer, List<String> partners,
        List<String> nodeCodes, List<String> areaCodes, LocalDate startDate, LocalDate endDate, String status,
        BigDecimal budgetAmount, String budgetCurrency, Integer genderMarker, String childParticipation,
        String childParticipationNote, Integer percentComplete, Boolean demo, Integer version) {

    ActivityInput {
        nodeCodes = clean(nodeCodes);
        areaCodes = clean(areaCodes);
        partners = clean(partners);
    }

    private static List<String> clean(List<String> codes) {
        return codes == null ? List.of()
                : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toList();
    }

    /** The input that leaves an activity as it is (for edit forms). */
    static ActivityInput of(Activity a) {
        return new ActivityInput(a.code(), a.title(), a.description(), a.leadImplementer(), List.copyOf(a.partnerCodes()),
                List.copyOf(a.nodeCodes()), List.copyOf(a.areaCodes()), a.startDate(), a.endDate(), a.status().name(),
                a.budgetAmount(), a.budgetCurrency(), a.genderMarker(), a.childParticipation().name(),
                a.childParticipationNote(), a.percentComplete(), a.demo(), a.version());
    }
}
