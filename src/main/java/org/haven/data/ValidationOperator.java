package org.haven.data;

/** How a validation rule compares its left and right values. */
public enum ValidationOperator {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    /** Equality tolerance: values are decimals, sums of them may differ in the last binary digit. */
    private static final double EPSILON = 1e-9;

    private final String symbol;

    ValidationOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code left OP right} holds. */
    public boolean holds(double left, double right) {
        boolean equal = Math.abs(left - right) <= EPSILON * Math.max(1, Math.max(Math.abs(left), Math.abs(right)));
        return switch (this) {
            case EQ -> equal;
            case NE -> !equal;
            case LT -> left < right && !equal;
            case LE -> left < right || equal;
            case GT -> left > right && !equal;
            case GE -> left > right || equal;
        };
    }

    /** The operator written as a symbol ("<="); null when it is not one of == != < <= > >=. */
    public static ValidationOperator ofSymbol(String symbol) {
        for (ValidationOperator o : values()) {
            if (o.symbol.equals(symbol == null ? null : symbol.trim())) {
                return o;
            }
        }
        return null;
    }
}
