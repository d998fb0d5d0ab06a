package org.haven.comms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * Filters of the product list, the calendar and the API: a date range (from a year or a month), kind, status, org
 * unit, activity code, demo. {@code onlyActivities} is set by the service for partner users; null means no restriction.
 */
record ProductFilter(LocalDate from, LocalDate to, ProductKind kind, ProductStatus status, String orgUnit,
        String activity, Boolean demo, List<Long> onlyActivities) {

    static ProductFilter none() {
        return new ProductFilter(null, null, null, null, null, null, null, null);
    }

    static ProductFilter month(YearMonth month) {
        return new ProductFilter(month.atDay(1), month.atEndOfMonth(), null, null, null, null, null, null);
    }

    /** Reads year or month (YYYY-MM), kind, status, orgUnit, activity and demo; unreadable values throw naming them. */
    static ProductFilter from(MultiValueMap<String, String> p) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        String month = p.getFirst("month");
        String year = p.getFirst("year");
        if (month != null && !month.isBlank()) {
            try {
                YearMonth m = YearMonth.parse(month.trim());
                from = m.atDay(1);
                to = m.atEndOfMonth();
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("month", "month is not YYYY-MM: " + month.trim()));
            }
        } else if (year != null && !year.isBlank()) {
            try {
                int y = Integer.parseInt(year.trim());
                from = LocalDate.of(y, 1, 1);
                to = LocalDate.of(y, 12, 31);
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("year", "year is not a year: " + year.trim()));
            }
        }
        ProductKind kind = optional("kind", p.getFirst("kind"), ProductKind.class, problems);
        ProductStatus status = optional("status", p.getFirst("status"), ProductStatus.class, problems);
        String orgUnit = upper(p.getFirst("orgUnit"));
        String activity = upper(p.getFirst("activity"));
        String d = p.getFirst("demo");
        Boolean demo = d == null || d.isBlank() ? null : Boolean.valueOf(d.trim());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProductFilter(from, to, kind, status, orgUnit, activity, demo, null);
    }

    ProductFilter onlyActivities(List<Long> ids) {
        return new ProductFilter(from, to, kind, status, orgUnit, activity, demo, ids);
    }

    public Integer year() {
        return from != null && to != null && from.getYear() == to.getYear() && from.getDayOfYear() == 1
                && to.getMonthValue() == 12 && to.getDayOfMonth() == 31 ? from.getYear() : null;
    }

    private static <E extends Enum<E>> E optional(String field, String value, Class<E> type, List<FieldProblem> problems) {
        return value == null || value.isBlank() ? null : ProductValidator.choice(field, value, type, problems);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
