package org.haven.indicator;

/** One option of a category, as other features see it. */
public record OptionDefinition(String code, String name) {
}
