package org.haven.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.haven.demo.DemoDataStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With demo data on ({@code haven.demo.enabled=true}), never removed, and no demo values stored yet, writes the
 * {@link DemoValueSet} (eight countries, 2023-2025) as demo values (data_value.demo = true, source SEED) through
 * {@link DataValueService} as 'system', so they have history and an audit row; then approves the 2023 and 2024
 * periods of the shipped data sets for those countries (demo approvals, removed with the values) so the public
 * views, which show approved data only, have something to show. One transaction: all of it or nothing.
 */
@Component
@Order(40)
class DemoDataValues implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataValues.class);
    private static final List<String> APPROVED_SETS = List.of("SERVICES_YEARLY", "JJ_YEARLY", "AWARENESS_QUARTERLY");

    private final DataValueService service;
    private final ApprovalService approvals;
    private final DataSetCatalog dataSets;
    private final DemoDataStatus demo;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoDataValues(DataValueService service, ApprovalService approvals, DataSetCatalog dataSets, DemoDataStatus demo,
            JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.service = service;
        this.approvals = approvals;
        this.dataSets = dataSets;
        this.demo = demo;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.seedingAllowed(enabled)
                || jdbc.sql("select count(*) from data_value where demo = true").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        List<DataValueInput> items = DemoValueSet.items();
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
        if (good.isEmpty()) {
            return;
        }
        WriteSummary summary = service.write(good, Collections.nCopies(good.size(), Provenance.DEMO), ValueSource.SEED);
        int approved = approve();
        log.info("Loaded {} demo data values for {} ({} demo approvals)", summary.created(),
                DemoValueSet.COUNTRIES.keySet(), approved);
    }

    /** Approves the 2023 and 2024 periods of the shipped data sets in the demo countries, marked demo. */
    private int approve() {
        int count = 0;
        for (String code : APPROVED_SETS) {
            DataSet set = dataSets.find(code).orElse(null);
            if (set == null) {
                continue;
            }
            for (String ou : DemoValueSet.COUNTRIES.keySet()) {
                for (String period : periods(set.periodType())) {
                    if (approvals.state(code, ou, period) == ApprovalState.OPEN) {
                        approvals.approve(code, ou, period);
                        jdbc.sql("""
                                update data_approval set demo = true
                                where data_set_code = :s and org_unit_code = :o and period = :p""")
                                .param("s", code).param("o", ou).param("p", period).update();
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static List<String> periods(PeriodType type) {
        List<String> out = new ArrayList<>();
        for (int year = DemoValueSet.FIRST_YEAR; year < DemoValueSet.LAST_YEAR; year++) {
            if (type == PeriodType.QUARTERLY) {
                for (int q = 1; q <= 4; q++) {
                    out.add(year + "Q" + q);
                }
            } else if (type == PeriodType.YEARLY) {
                out.add(String.valueOf(year));
            }
        }
        return out;
    }
}
