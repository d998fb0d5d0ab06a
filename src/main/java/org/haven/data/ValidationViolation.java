package org.haven.data;

/** A rule that does not hold for one org unit and period, with the values of both sides. */
public record ValidationViolation(ValidationRule rule, String orgUnit, String period, double left, double right) {

    public ValidationSeverity severity() {
        return rule.severity();
    }
}
