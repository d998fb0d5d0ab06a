package org.haven.data;

import java.math.BigDecimal;

/**
 * A submitted item that passed the checks, with its canonical period, combination and partner ('' for none), and the
 * provenance it is stored with (none for values users write).
 */
record CheckedItem(DataValueInput input, Period period, String combo, String partner, Provenance provenance) {

    CheckedItem(DataValueInput input, Period period, String combo, String partner) {
        this(input, period, combo, partner, Provenance.NONE);
    }

    CheckedItem with(Provenance p) {
        return new CheckedItem(input, period, combo, partner, p);
    }

    String element() {
        return input.key().dataElement();
    }

    String orgUnit() {
        return input.key().orgUnit();
    }

    BigDecimal value() {
        return input.value();
    }

    /** Identity of the cell: element, org unit, canonical period, combination and partner. */
    String cell() {
        return element() + "|" + orgUnit() + "|" + period.iso() + "|" + combo + "|" + partner;
    }
}
