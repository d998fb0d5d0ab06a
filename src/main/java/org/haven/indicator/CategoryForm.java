package org.haven.indicator;

import java.util.stream.Collectors;

/**
 * A category as entered in the edit form. {@code options} has one option per line:
 * {@code CODE | Name | age from | age to | SDMX code | unverified} (the last four may be left empty).
 */
record CategoryForm(String code, String name, String description, String options, Integer version) {

    static CategoryForm blank() {
        return new CategoryForm("", "", "", "", null);
    }

    static CategoryForm of(Category c) {
        String lines = c.options().stream().map(o -> String.join(" | ", o.code(), o.name(),
                        o.ageFrom() == null ? "" : o.ageFrom().toString(), o.ageTo() == null ? "" : o.ageTo().toString(),
                        o.sdmxCode() == null ? "" : o.sdmxCode(), o.unverified() ? "unverified" : "").replaceAll("( \\| )+$", ""))
                .collect(Collectors.joining("\n"));
        return new CategoryForm(c.code(), c.name(), c.description(), lines, c.version());
    }
}
