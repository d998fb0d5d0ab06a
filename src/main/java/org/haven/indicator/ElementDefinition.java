package org.haven.indicator;

import java.util.List;
import java.util.Optional;

/**
 * A data element as other features see it: what kind of value it holds, its milestone stages (for MILESTONE
 * elements the stored value is the index of a stage) and the categories that disaggregate it.
 */
public record ElementDefinition(String code, String name, ValueType valueType, List<String> milestoneStages,
        List<CategoryDefinition> categories) {

    public ElementDefinition {
        milestoneStages = List.copyOf(milestoneStages);
        categories = List.copyOf(categories);
    }

    public Optional<CategoryDefinition> category(String categoryCode) {
        return categories.stream().filter(c -> c.code().equals(categoryCode)).findFirst();
    }
}
