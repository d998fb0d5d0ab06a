package org.haven.data;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For a dry run: the stored value of each key of a chunk, found with one query per chunk (a superset by element,
 * org unit and period, narrowed in memory to the exact keys), so each row can be classified new, updated or
 * unchanged the way {@link DataValueService#write} will decide it.
 */
@Component
class ImportExistingValues {

    /** What is stored in a cell. */
    record Existing(BigDecimal value, String comment, boolean followUp, boolean plain) {

        /** Same value, comment and flag, and a plain value (an import over a published or demo value changes it). */
        boolean sameAs(DataValueInput input) {
            String comment2 = input.comment() == null || input.comment().isBlank() ? null : input.comment();
            return input.value() != null && value.compareTo(input.value()) == 0
                    && Objects.equals(comment, comment2) && followUp == input.followUp() && plain;
        }
    }

    private final JdbcClient jdbc;

    ImportExistingValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored cells among the keys, by {@link ImportRun#key(ValueKey)}. */
    Map<String, Existing> find(Collection<ValueKey> keys) {
        Map<String, Existing> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Set<String> elements = new LinkedHashSet<>();
        Set<String> orgUnits = new LinkedHashSet<>();
        Set<String> periods = new LinkedHashSet<>();
        Set<String> wanted = new HashSet<>();
        for (ValueKey k : keys) {
            elements.add(k.dataElement());
            orgUnits.add(k.orgUnit());
            periods.add(k.period());
            wanted.add(ImportRun.key(k));
        }
        jdbc.sql("""
                select v.data_element_code, v.org_unit_code, v.period, v.combo, v.partner_code, v.numeric_value, v.comment,
                       v.follow_up, case when v.nature is null and v.origin is null and not v.demo then 1 else 0 end
                from data_value v
                where v.data_element_code in (:elements) and v.org_unit_code in (:orgUnits) and v.period in (:periods)
                """)
                .param("elements", List.copyOf(elements))
                .param("orgUnits", List.copyOf(orgUnits))
                .param("periods", List.copyOf(periods))
                .query(rs -> {
                    String key = rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getString(3) + '|'
                            + rs.getString(4) + '|' + rs.getString(5);
                    if (wanted.contains(key)) {
                        found.put(key, new Existing(rs.getBigDecimal(6), rs.getString(7), rs.getBoolean(8), rs.getInt(9) == 1));
                    }
                });
        return found;
    }
}
