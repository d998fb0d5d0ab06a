package org.haven.reference;

/** An ISO 4217 currency. */
public record Currency(String code, String name, int minorUnits) {
}
