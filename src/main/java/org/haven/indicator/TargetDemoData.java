package org.haven.indicator;

import java.util.List;

import org.haven.demo.DemoDataStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on ({@code haven.demo.enabled=true}) and no baselines or targets yet, sets illustrative baselines
 * and 2030 targets for a few library indicators in Kenya, Brazil, the Philippines and World. They are NOT real
 * statistics: each baseline's source reads "Demo baseline (illustrative)", each target's "Demo target
 * (illustrative)", and every note is "demo". Real baselines come from the SDG database import. Inserted through the
 * service as 'system', so every row has its audit trail.
 */
@Component
@Order(40)
class TargetDemoData implements ApplicationRunner {

    static final String BASELINE_SOURCE = "Demo baseline (illustrative)";
    static final String TARGET_SOURCE = "Demo target (illustrative)";
    static final String NOTE = "demo";

    private final TargetService service;
    private final DemoDataStatus demo;
    private final boolean enabled;

    TargetDemoData(TargetService service, DemoDataStatus demo, @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.service = service;
        this.demo = demo;
        this.enabled = enabled;
    }

    /** One indicator in one org unit: baseline year and value, then the 2030 target. */
    private record Demo(String indicator, String orgUnit, int baselineYear, String baseline, String target2030) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.seedingAllowed(enabled) || !service.isEmpty()) {
            return;
        }
        for (Demo d : demos()) {
            service.createAsSystem(d.indicator(), new TargetInput("BASELINE", d.orgUnit(),
                    String.valueOf(d.baselineYear()), "", d.baseline(), BASELINE_SOURCE, NOTE, null));
            service.createAsSystem(d.indicator(), new TargetInput("TARGET", d.orgUnit(), "2030", "", d.target2030(),
                    TARGET_SOURCE, NOTE, null));
        }
    }

    private static List<Demo> demos() {
        return List.of(
                new Demo("SDG-16.2.1", "KEN", 2022, "70", "50"),
                new Demo("SDG-16.2.1", "PHL", 2022, "60", "40"),
                new Demo("SDG-16.2.1", "001", 2022, "65", "45"),
                new Demo("SDG-5.3.1-18", "KEN", 2022, "20", "10"),
                new Demo("SDG-5.3.1-18", "BRA", 2022, "25", "15"),
                new Demo("STR-03", "KEN", 2023, "0", "500"),
                new Demo("STR-03", "BRA", 2023, "0", "400"),
                new Demo("STR-03", "PHL", 2023, "0", "600"),
                new Demo("STR-05", "PHL", 2023, "0", "2"),
                new Demo("STR-05", "BRA", 2023, "0", "2"),
                new Demo("STR-01", "NGA", 2023, "26900", "45000"),
                new Demo("STR-01", "MEX", 2023, "22400", "40000"),
                new Demo("STR-08", "KEN", 2023, "58", "85"),
                new Demo("STR-08", "NPL", 2023, "58", "80"),
                new Demo("STR-11", "JOR", 2023, "13", "50"));
    }
}
