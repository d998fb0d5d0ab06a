package org.haven.learning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.haven.core.FieldProblem;

/** Parsing of typed form values; a value that does not parse is reported under its field and left out. */
final class LearningForms {

    private LearningForms() {
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
        Long n = number(field, value, problems);
        return n == null ? null : n.intValue();
    }

    static Long number(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, field + " is not a whole number: " + value.trim()));
            return null;
        }
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
