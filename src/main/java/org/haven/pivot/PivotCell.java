package org.haven.pivot;

/**
 * One cell of a pivot table. {@code state}: VALUE (a number), EMPTY (no value), NOT_ADDITIVE (a total that cannot be
 * formed by adding up, such as a sum of percentages without numerators or of values that aggregate by average or
 * last value), SUPPRESSED (hidden by small-cell suppression). {@code nature} is the nature of a published value (C,
 * E, M...) when the cell shows one value; {@code demo} when any value behind it is demo data.
 */
record PivotCell(Double value, State state, int decimals, boolean demo, String nature, String origin) {

    enum State {
        VALUE, EMPTY, NOT_ADDITIVE, SUPPRESSED
    }

    static PivotCell of(State state) {
        return new PivotCell(null, state, 0, false, null, null);
    }

    public boolean hasValue() {
        return state == State.VALUE && value != null;
    }

    /** The value rounded to its decimals, as a plain number (for exports); null without a value. */
    Double rounded() {
        if (!hasValue()) {
            return null;
        }
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
