package org.haven.funding;

import org.haven.core.DemoDataOwner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo pledges and agreements (demo = true) with their earmarks, receipts and expenditure. */
@Component
@Order(1)
class FundingDemoOwner implements DemoDataOwner {

    private final FundingLedger ledger;

    FundingDemoOwner(FundingLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String labelKey() {
        return "demo.owner.funding";
    }

    @Override
    public long count() {
        return ledger.demoCount();
    }

    @Override
    public long remove() {
        return ledger.removeDemo();
    }
}
