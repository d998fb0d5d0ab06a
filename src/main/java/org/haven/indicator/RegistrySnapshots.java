package org.haven.indicator;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@link RegistrySnapshot}s, and their cheap {@link #stamp()}, so a feature can keep a snapshot in memory and
 * re-read it only when the registry changed.
 */
@Component
public class RegistrySnapshots {

    private final RegistryStore store;
    private final JdbcClient jdbc;

    RegistrySnapshots(RegistryStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The registry now. */
    @Transactional(readOnly = true)
    public RegistrySnapshot current() {
        String stamp = stamp();
        List<RegistrySnapshot.IndicatorProfile> indicators = store.indicators().stream()
                .map(i -> new RegistrySnapshot.IndicatorProfile(i.code(), i.name(), i.type().name(), i.unit(),
                        i.decimals(), i.direction() == Direction.LOWER_IS_BETTER, i.numerator(), i.denominator(),
                        i.multiplier(), i.aggregationOrg().name(), i.aggregationTime().name(),
                        stages(i.milestoneStages()), i.nodeCodes()))
                .toList();
        List<RegistrySnapshot.ElementProfile> elements = store.elements().stream()
                .map(e -> new RegistrySnapshot.ElementProfile(e.code(), e.name(), e.valueType().name(),
                        e.aggregationOrg().name(), e.aggregationTime().name(), stages(e.milestoneStages()),
                        e.categoryCodes()))
                .toList();
        List<CategoryDefinition> categories = store.categories().stream().map(c -> new CategoryDefinition(c.code(),
                c.name(), c.options().stream().map(o -> new OptionDefinition(o.code(), o.name())).toList())).toList();
        List<IndicatorTarget> targets = jdbc.sql("select * from indicator_target order by indicator_code, org_unit_code, combo, kind, period_year")
                .query(TargetStore::row).list();
        return new RegistrySnapshot(stamp, indicators, elements, categories, targets);
    }

    /**
     * Changes whenever an indicator, node link, data element, element category, category, option, baseline or
     * target is added, changed or removed through the registry (row counts and latest update times).
     */
    @Transactional(readOnly = true)
    public String stamp() {
        return jdbc.sql("""
                select (select count(*) from indicator), (select max(updated_at) from indicator),
                    (select count(*) from indicator_node), (select count(*) from data_element),
                    (select max(updated_at) from data_element), (select count(*) from data_element_category),
                    (select count(*) from category), (select max(updated_at) from category),
                    (select count(*) from category_option), (select count(*) from indicator_target),
                    (select max(updated_at) from indicator_target), (select max(id) from indicator_target)""")
                .query((rs, n) -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 1; i <= 12; i++) {
                        s.append(rs.getString(i)).append('|');
                    }
                    return s.toString();
                }).single();
    }

    private static List<String> stages(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("\\|")).map(String::trim).toList();
    }
}
