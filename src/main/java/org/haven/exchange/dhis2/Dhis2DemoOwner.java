package org.haven.exchange.dhis2;

import org.haven.core.DemoDataOwner;
import org.springframework.stereotype.Component;

/** The demo DHIS2 connection and every demo mapping. */
@Component
class Dhis2DemoOwner implements DemoDataOwner {

    private final Dhis2MappingService service;

    Dhis2DemoOwner(Dhis2MappingService service) {
        this.service = service;
    }

    @Override
    public String labelKey() {
        return "demo.owner.dhis2";
    }

    @Override
    public long count() {
        return service.demoCount();
    }

    @Override
    public long remove() {
        return service.removeDemo();
    }
}
