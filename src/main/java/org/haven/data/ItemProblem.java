package org.haven.data;

/**
 * A problem with one submitted item: {@code index} is its 0-based position in the list, {@code field} one of
 * dataElement, orgUnit, period, categories.&lt;CODE&gt;, value, comment, partner.
 */
public record ItemProblem(int index, String field, String message) {
}
