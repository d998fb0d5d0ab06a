package org.haven.indicator;

import java.util.List;

/** A disaggregation category with its options in order, as other features see it. */
public record CategoryDefinition(String code, String name, List<OptionDefinition> options) {

    public CategoryDefinition {
        options = List.copyOf(options);
    }

    public boolean hasOption(String optionCode) {
        return options.stream().anyMatch(o -> o.code().equals(optionCode));
    }
}
