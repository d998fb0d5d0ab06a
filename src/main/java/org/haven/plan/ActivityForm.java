package org.haven.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.haven.core.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * The activity form as the user typed it (strings), so a rejected form re-renders unchanged. Field names are the
 * request parameter names and the JSON names of the API.
 */
record ActivityForm(String code, String title, String description, String leadImplementer, List<String> partners,
        List<String> nodeCodes, List<String> areaCodes, String startDate, String endDate, String status,
        String budgetAmount, String budgetCurrency, String genderMarker, String childParticipation,
        String childParticipationNote, String percentComplete, boolean demo, String version) {

    ActivityForm {
        nodeCodes = nodeCodes == null ? List.of() : List.copyOf(nodeCodes);
        areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    static ActivityForm empty() {
        return new ActivityForm(null, null, null, null, List.of(), List.of(), List.of(), null, null,
                ActivityStatus.PLANNED.name(), null, null, null, ChildParticipation.NONE.name(), null, null, false, null);
    }

    static ActivityForm of(Activity a) {
        return new ActivityForm(a.code(), a.title(), a.description(), a.leadImplementer(), List.copyOf(a.partnerCodes()),
                List.copyOf(a.nodeCodes()), List.copyOf(a.areaCodes()), str(a.startDate()), str(a.endDate()),
                a.status().name(), a.budgetAmount() == null ? null : a.budgetAmount().toPlainString(), a.budgetCurrency(),
                str(a.genderMarker()), a.childParticipation().name(), a.childParticipationNote(),
                str(a.percentComplete()), a.demo(), String.valueOf(a.version()));
    }

    static ActivityForm from(MultiValueMap<String, String> p) {
        return new ActivityForm(p.getFirst("code"), p.getFirst("title"), p.getFirst("description"),
                p.getFirst("leadImplementer"), p.get("partners"), p.get("nodeCodes"), p.get("areaCodes"),
                p.getFirst("startDate"), p.getFirst("endDate"), p.getFirst("status"), p.getFirst("budgetAmount"),
                p.getFirst("budgetCurrency"), p.getFirst("genderMarker"), p.getFirst("childParticipation"),
                p.getFirst("childParticipationNote"), p.getFirst("percentComplete"),
                "true".equalsIgnoreCase(p.getFirst("demo")), p.getFirst("version"));
    }

    /** The typed input; values that do not parse are left out and reported in {@code problems}. */
    ActivityInput toInput(List<FieldProblem> problems) {
        return new ActivityInput(code, title, description, leadImplementer, partners, nodeCodes, areaCodes,
                date("startDate", startDate, problems), date("endDate", endDate, problems), status,
                decimal("budgetAmount", budgetAmount, problems), budgetCurrency,
                integer("genderMarker", genderMarker, problems), childParticipation, childParticipationNote,
                integer("percentComplete", percentComplete, problems), demo, integer("version", version, problems));
    }

    static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, field + " is not a date (YYYY-MM-DD): " + value.trim()));
            return null;
        }
    }

    static Integer integer(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, field + " is not a whole number: " + value.trim()));
            return null;
        }
    }

    private static BigDecimal decimal(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, field + " is not a number: " + value.trim()));
            return null;
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
