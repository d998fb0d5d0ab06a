package org.haven.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With demo data on ({@code haven.demo.enabled=true}) and no demo values stored yet, writes a modest set of demo
 * values for Kenya, Brazil and the Philippines, 2023-2025: yearly juvenile-justice counts and policy milestones,
 * quarterly awareness and training counts. They are generated (fixed seed), not real statistics: source SEED and
 * comment "demo value". Written through {@link DataValueService} as 'system', so they have history and an audit row.
 */
@Component
@Order(40)
class DemoDataValues implements ApplicationRunner {

    static final String COMMENT = "demo value";
    private static final Logger log = LoggerFactory.getLogger(DemoDataValues.class);
    private static final List<String> COUNTRIES = List.of("KEN", "BRA", "PHL");
    /** Rough scale per country so the three look different (children's population order of magnitude). */
    private static final Map<String, Integer> SCALE = Map.of("KEN", 3, "BRA", 8, "PHL", 6);
    private static final List<String> SEXES = List.of("F", "M");
    private static final List<String> AGES = List.of("Y10T14", "Y15T17");

    private final DataValueService service;
    private final JdbcClient jdbc;
    private final boolean enabled;

    DemoDataValues(DataValueService service, JdbcClient jdbc, @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.service = service;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("select count(*) from data_value where source = 'SEED'").query(Long.class).single() > 0) {
            return;
        }
        List<DataValueInput> items = items();
        Set<Integer> bad = new HashSet<>();
        service.check(items).forEach(p -> bad.add(p.index()));
        List<DataValueInput> good = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!bad.contains(i)) {
                good.add(items.get(i));
            }
        }
        if (!bad.isEmpty()) {
            log.warn("Skipped {} demo data values that no longer fit the indicator registry", bad.size());
        }
        if (!good.isEmpty()) {
            WriteSummary summary = service.write(good, ValueSource.SEED);
            log.info("Loaded {} demo data values (comment '{}') for {}", summary.created(), COMMENT, COUNTRIES);
        }
    }

    static List<DataValueInput> items() {
        Random random = new Random(2030);
        List<DataValueInput> out = new ArrayList<>();
        for (String country : COUNTRIES) {
            int scale = SCALE.get(country);
            for (int year = 2023; year <= 2025; year++) {
                String y = String.valueOf(year);
                for (String sex : SEXES) {
                    int sexFactor = sex.equals("M") ? 4 : 1;
                    for (String age : AGES) {
                        int ageFactor = age.equals("Y15T17") ? 3 : 1;
                        out.add(value("JJ_ARRESTED", country, y, Map.of("SEX", sex, "AGE_CHILD", age),
                                around(random, 60 * scale * sexFactor * ageFactor)));
                    }
                    out.add(value("JJ_DETAINED", country, y, Map.of("SEX", sex), around(random, 25 * scale * sexFactor)));
                    out.add(value("JJ_DIVERTED", country, y, Map.of("SEX", sex), around(random, 30 * scale * sexFactor)));
                }
                out.add(value("LAW_POLICY_ALIGNMENT", country, y, Map.of(), Math.min(2, year - 2023 + (scale > 5 ? 1 : 0))));
                out.add(value("NATIONAL_VAC_PLAN", country, y, Map.of(), year >= 2024 || scale > 5 ? 1 : 0));
                for (int q = 1; q <= 4; q++) {
                    String quarter = y + "Q" + q;
                    for (String sex : SEXES) {
                        out.add(value("AWARENESS_REACHED", country, quarter, Map.of("SEX", sex), around(random, 400 * scale)));
                        out.add(value("PROF_TRAINED", country, quarter, Map.of("SEX", sex), around(random, 20 * scale)));
                    }
                }
            }
        }
        return out;
    }

    private static int around(Random random, int base) {
        return Math.max(0, base + (int) Math.round(base * 0.25 * (random.nextDouble() * 2 - 1)));
    }

    private static DataValueInput value(String element, String country, String period, Map<String, String> cats, int v) {
        return new DataValueInput(new ValueKey(element, country, period, cats, null), BigDecimal.valueOf(v), COMMENT, false);
    }
}
