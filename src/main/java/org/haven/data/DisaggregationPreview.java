package org.haven.data;

import java.util.List;

/**
 * What applying a {@link DisaggregationPlan} would do. {@code moves}: per old and new combination, how many values
 * move; {@code collisions}: new cells receiving several old values (their sum is written); {@code kept}: new cells
 * that already hold a value entered at that level, which is kept (the moved values stay in history only).
 */
public record DisaggregationPreview(String element, List<String> oldCategories, List<String> newCategories,
        List<Move> moves, List<Cell> collisions, List<Cell> kept, int valuesMoved, int valuesWritten) {

    /** Values moving from one combination to another ("" = the total). */
    public record Move(String fromCombo, String toCombo, int values) {
    }

    /** One new cell (org unit, period, combination, partner) and how many old values land in it. */
    public record Cell(String orgUnit, String period, String toCombo, String partner, int values) {
    }
}
