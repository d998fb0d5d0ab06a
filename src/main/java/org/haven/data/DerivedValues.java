package org.haven.data;

import java.util.List;

/**
 * The only way to write values of a derived data element (one whose registry entry has {@code derivedFrom}): a
 * register recomputes its figures after every change of one of its entries and hands the complete set here. Entry,
 * import and the values API refuse such elements ("derived from the ... register").
 */
public interface DerivedValues {

    /**
     * Makes the stored values of {@code dataElement} exactly {@code values}: new cells are created, changed ones
     * updated and cells no longer present deleted, each change kept in the cell's history with source DERIVED, one
     * audit event for the call, and one {@link DataValuesChanged}. Runs in the caller's transaction (or its own), so
     * a register entry and the values derived from it are saved together or not at all. Throws
     * IllegalArgumentException when the element is not derived from {@code register} or a value names an unknown
     * org unit, period or option.
     */
    WriteSummary replace(String register, String dataElement, List<DerivedValue> values);
}
