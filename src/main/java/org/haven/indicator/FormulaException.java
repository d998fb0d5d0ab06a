package org.haven.indicator;

/** A formula that cannot be parsed; {@code position} counts characters from 1. */
class FormulaException extends RuntimeException {

    private final int position;

    FormulaException(int position, String problem) {
        super("at position " + position + ": " + problem);
        this.position = position;
    }

    int position() {
        return position;
    }
}
