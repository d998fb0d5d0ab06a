package org.haven.indicator;

/** What a data element's value is: a number, a whole number, yes/no (1/0) or the index of a milestone stage. */
public enum ValueType {
    NUMBER, INTEGER, BOOLEAN, MILESTONE
}
