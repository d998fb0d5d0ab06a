package org.haven.comms;

import java.util.List;

import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.OptionDefinition;
import org.springframework.stereotype.Component;

/**
 * The Strategy's communication audiences: the options of the AUDIENCE category (loaded from seed/framework.yaml) as
 * the derived element COMMS_REACHED uses them, so reach always lands on an option the element has.
 */
@Component
class Audiences {

    static final String CATEGORY = "AUDIENCE";
    static final String SEX_CATEGORY = "SEX";
    static final List<String> SEXES = List.of("F", "M", "U");

    private final DataElementCatalog elements;

    Audiences(DataElementCatalog elements) {
        this.elements = elements;
    }

    /** Code and name of every audience, in the Strategy's order. */
    List<OptionDefinition> all() {
        return elements.element(CommsFigures.REACHED).flatMap(e -> e.category(CATEGORY))
                .map(c -> c.options()).orElse(List.of());
    }

    List<String> codes() {
        return all().stream().map(OptionDefinition::code).toList();
    }
}
