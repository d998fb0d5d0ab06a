package org.haven.indicator;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.Context;
import org.haven.core.SeedMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Flyway migration 11.1: marks the shipped data elements that {@code seed/indicators/data-elements.yaml} declares
 * {@code derivedFrom: <register>} (column data_element.derived_from, added by V7 after the library was loaded by
 * 5.1). A register name that is not a lower-case word fails the migration.
 */
@Component
class MarkDerivedElements extends SeedMigration {

    static final Pattern REGISTER = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    MarkDerivedElements() {
        super("11.1", "mark derived data elements of the shipped library");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement mark = c.prepareStatement("update data_element set derived_from = ? where code = ?")) {
            for (Map.Entry<String, String> e : derived(seed()).entrySet()) {
                mark.setString(1, e.getValue());
                mark.setString(2, e.getKey());
                mark.executeUpdate();
            }
        }
    }

    /** Element code -> register for the elements of the library that declare {@code derivedFrom}. */
    @SuppressWarnings("unchecked")
    static Map<String, String> derived(Map<String, Object> root) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) root.get("data_elements")) {
            String register = LoadIndicatorLibrary.str(m.get("derivedFrom"));
            if (register == null) {
                continue;
            }
            String code = LoadIndicatorLibrary.str(m.get("code"));
            if (!REGISTER.matcher(register).matches()) {
                throw new IllegalStateException("Data element " + code + ": derivedFrom '" + register
                        + "' is not a register name (lower-case letters, digits, '_' or '-')");
            }
            out.put(code, register);
        }
        return out;
    }

    private static Map<String, Object> seed() throws Exception {
        try (InputStream in = new ClassPathResource("seed/indicators/data-elements.yaml").getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }
}
