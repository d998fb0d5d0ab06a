package org.haven.data;

/** A validation rule as entered in the edit form; {@code version} is null when creating. */
record ValidationRuleForm(String code, String name, String description, String left, String operator, String right,
        String severity, Boolean missingAsZero, Integer version) {

    ValidationRuleForm {
        missingAsZero = Boolean.TRUE.equals(missingAsZero);
    }

    static ValidationRuleForm blank() {
        return new ValidationRuleForm("", "", "", "", "==", "", ValidationSeverity.WARNING.name(), false, null);
    }

    static ValidationRuleForm of(ValidationRule r) {
        return new ValidationRuleForm(r.code(), r.name(), r.description(), r.left(), r.operator().symbol(), r.right(),
                r.severity().name(), r.missingAsZero(), r.version());
    }
}
