package org.haven.indicator;

import java.util.List;
import java.util.Optional;

/**
 * A data element as other features see it: what kind of value it holds, its milestone stages (for MILESTONE
 * elements the stored value is the index of a stage), the categories that disaggregate it and, for a derived
 * element, the register its values are derived from ({@code "participation"}; null for an ordinary element).
 */
public record ElementDefinition(String code, String name, ValueType valueType, List<String> milestoneStages,
        List<CategoryDefinition> categories, String derivedFrom) {

    public ElementDefinition {
        milestoneStages = List.copyOf(milestoneStages);
        categories = List.copyOf(categories);
        derivedFrom = derivedFrom == null || derivedFrom.isBlank() ? null : derivedFrom;
    }

    /** An ordinary (not derived) element. */
    public ElementDefinition(String code, String name, ValueType valueType, List<String> milestoneStages,
            List<CategoryDefinition> categories) {
        this(code, name, valueType, milestoneStages, categories, null);
    }

    /** True when a register derives this element's values (they cannot be entered, imported or posted). */
    public boolean derived() {
        return derivedFrom != null;
    }

    public Optional<CategoryDefinition> category(String categoryCode) {
        return categories.stream().filter(c -> c.code().equals(categoryCode)).findFirst();
    }
}
