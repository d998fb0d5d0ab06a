package org.haven.data;

/** ERROR: the data are wrong; WARNING: worth a look. */
public enum ValidationSeverity {
    ERROR, WARNING
}
