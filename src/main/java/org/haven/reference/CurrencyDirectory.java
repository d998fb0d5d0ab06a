package org.haven.reference;

import java.util.List;

/** ISO 4217 currencies shipped with the product. */
public interface CurrencyDirectory {

    boolean exists(String code);

    List<Currency> all();
}
