package org.haven.comms;

import org.haven.core.DemoDataOwner;
import org.springframework.stereotype.Component;

/** The demo communication products (comms_product.demo = true) with their links and reach; the derived reach is recomputed in the same transaction. */
@Component
class ProductDemoOwner implements DemoDataOwner {

    private final ProductService service;

    ProductDemoOwner(ProductService service) {
        this.service = service;
    }

    @Override
    public String labelKey() {
        return "demo.owner.comms";
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
