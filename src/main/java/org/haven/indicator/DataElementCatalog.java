package org.haven.indicator;

import java.util.List;
import java.util.Optional;

/**
 * Read-only lookup of data elements with their categories and options, for features that store or enter values
 * against them (data values, entry forms, import). Returns the registry's current definitions.
 */
public interface DataElementCatalog {

    /** The data element with its categories (in order) and their options (in order), if the code exists. */
    Optional<ElementDefinition> element(String code);

    /** Every data element, by code. */
    List<ElementDefinition> elements();
}
