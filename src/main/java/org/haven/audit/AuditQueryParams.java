package org.haven.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;

/** Checks the filter and paging parameters shared by the audit page and the audit API. */
final class AuditQueryParams {

    static final int MAX_SIZE = 200;

    private AuditQueryParams() {
    }

    static void check(LocalDate from, LocalDate to, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "must not be before from (" + from + ")"));
        }
        if (page < 1) {
            problems.add(new FieldProblem("page", "must be at least 1"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
