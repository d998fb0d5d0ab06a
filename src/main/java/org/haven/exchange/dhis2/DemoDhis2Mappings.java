package org.haven.exchange.dhis2;

import java.util.ArrayList;
import java.util.List;

import org.haven.demo.DemoDataStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on, adds the clearly labelled demo connection {@value #CODE} (a made-up DHIS2 instance of Kenya;
 * its uids are invented, not those of any real server) with mappings for four elements of the yearly services data
 * set, Kenya, the sexes and child age bands (as combo uids and as ADX attributes) and DHIS2's default combo. Removed
 * with the rest of the demo data.
 */
@Component
@Order(60)
class DemoDhis2Mappings implements ApplicationRunner {

    static final String CODE = "DEMO-KEN";
    private static final Logger log = LoggerFactory.getLogger(DemoDhis2Mappings.class);

    private final Dhis2MappingService service;
    private final Dhis2MappingStore store;
    private final DemoDataStatus demo;
    private final boolean enabled;

    DemoDhis2Mappings(Dhis2MappingService service, Dhis2MappingStore store, DemoDataStatus demo,
            @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.service = service;
        this.store = store;
        this.demo = demo;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.seedingAllowed(enabled) || store.connection(CODE).isPresent()) {
            return;
        }
        service.addConnection(CODE, "[DEMO] Kenya DHIS2 (demonstration instance)", "KEN", null, true);
        List<Dhis2MappingInput> inputs = inputs();
        service.addDemo(CODE, inputs);
        log.info("Added the demo DHIS2 connection {} with {} mappings", CODE, inputs.size());
    }

    static List<Dhis2MappingInput> inputs() {
        List<Dhis2MappingInput> out = new ArrayList<>();
        out.add(m("DATA_SET", "dmSrvYear01", "SERVICES_YEARLY"));
        out.add(m("DATA_ELEMENT", "dmCareSup01", "CAREGIVERS_SUPPORTED"));
        out.add(m("DATA_ELEMENT", "dmChProg001", "CHILDREN_PROGRAMMES"));
        out.add(m("DATA_ELEMENT", "dmNatPlan01", "NATIONAL_VAC_PLAN"));
        out.add(m("DATA_ELEMENT", "dmLawPol001", "LAW_POLICY_ALIGNMENT"));
        out.add(m("ORG_UNIT", "dmKenya0001", "KEN"));
        out.add(m("CATEGORY_OPTION_COMBO", "HllvX50cXC0", ""));
        out.add(m("ATTRIBUTE_OPTION_COMBO", "HllvX50cXC0", ""));
        out.add(m("CATEGORY_OPTION_COMBO", "dmSexF00001", "SEX:F"));
        out.add(m("CATEGORY_OPTION_COMBO", "dmSexM00001", "SEX:M"));
        String[] ages = {"Y5T9", "Y10T14", "Y15T17"};
        for (String sex : List.of("F", "M")) {
            for (int i = 0; i < ages.length; i++) {
                out.add(m("CATEGORY_OPTION_COMBO", "dm" + sex + "Age" + (i + 1) + "0001",
                        "SEX:" + sex + ";AGE_CHILD:" + ages[i]));
            }
        }
        out.add(m("CATEGORY_OPTION", "GENDER=FMLE", "SEX:F"));
        out.add(m("CATEGORY_OPTION", "GENDER=MLE", "SEX:M"));
        for (String age : ages) {
            out.add(m("CATEGORY_OPTION", "AGE=" + age, "AGE_CHILD:" + age));
        }
        return out;
    }

    private static Dhis2MappingInput m(String kind, String dhis2Id, String haven) {
        return new Dhis2MappingInput(kind, dhis2Id, haven, "");
    }
}
