package org.haven.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.haven.demo.DemoDataStatus;
import org.haven.funding.FundingInputs.AgreementInput;
import org.haven.funding.FundingInputs.EarmarkInput;
import org.haven.funding.FundingInputs.FlowInput;
import org.haven.funding.FundingInputs.PledgeInput;
import org.haven.partner.PartnerDirectory;
import org.haven.plan.ActivityCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With demo data on and an empty register, records labelled demo funding (demo=true; agreement references DEMO-AGR-..,
 * titles starting "[DEMO] ") from the demo donors, linked to the demo activities: five pledges, five agreements
 * (earmarked with and without amounts, one unearmarked, one ending 60 days after the first start so the 90-day alert
 * shows), receipts in instalments and expenditure in EUR, USD and CHF. Skipped without the demo donors and activities.
 */
@Component
@Order(55)
class FundingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FundingDemoData.class);
    private static final List<String> DONORS = List.of("DEMO-DONOR-GOV", "DEMO-DONOR-FDN", "DEMO-DONOR-FUND",
            "DEMO-DONOR-BANK", "DEMO-TECH");
    private static final List<String> ACTIVITIES = List.of("DEMO-04", "DEMO-09", "DEMO-10");

    private final FundingLedger ledger;
    private final FundingValidator validator;
    private final FundingStore store;
    private final PartnerDirectory partners;
    private final ActivityCatalog activities;
    private final DemoDataStatus demo;
    private final boolean enabled;
    private final Clock clock = Clock.systemUTC();

    FundingDemoData(FundingLedger ledger, FundingValidator validator, FundingStore store, PartnerDirectory partners,
            ActivityCatalog activities, DemoDataStatus demo, @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.ledger = ledger;
        this.validator = validator;
        this.store = store;
        this.partners = partners;
        this.activities = activities;
        this.demo = demo;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.seedingAllowed(enabled) || store.count() > 0
                || !DONORS.stream().allMatch(d -> partners.find(d).filter(p -> p.demo() && p.donor()).isPresent())
                || !ACTIVITIES.stream().allMatch(a -> activities.findByCode(a).filter(x -> x.demo()).isPresent())) {
            return;
        }
        RateTable rates = ledger.rates();
        long gov = pledge("DEMO-DONOR-GOV", "1000000", "EUR", "2024-01-20", "Announced at the pledging conference.", rates);
        long fdn = pledge("DEMO-DONOR-FDN", "500000", "USD", "2024-03-05", "Letter of intent.", rates);
        long fund = pledge("DEMO-DONOR-FUND", "800000", "USD", "2024-06-15", "Pooled fund allocation round 1.", rates);
        pledge("DEMO-DONOR-BANK", "400000", "GBP", "2025-02-10", "Under negotiation, no agreement yet.", rates);
        long tech = pledge("DEMO-TECH", "150000", "USD", "2025-01-15", "Coalition members' joint pledge.", rates);

        FundingAgreement a = agreement("DEMO-AGR-001", "Justice for children: model law and training", "DEMO-DONOR-GOV", gov,
                "900000", "EUR", "2024-02-01", "2027-06-30",
                List.of(e("OBJECTIVE", "SO3", "600000"), e("ACTIVITY", "DEMO-04", "300000")), rates);
        flow(a, FlowKind.RECEIPT, "2024-02-15", "400000", "EUR", null, "First instalment.", rates);
        flow(a, FlowKind.RECEIPT, "2025-02-15", "300000", "EUR", null, "Second instalment.", rates);
        flow(a, FlowKind.EXPENDITURE, "2024-09-30", "250000", "EUR", "DEMO-04", "Legal review and drafting.", rates);
        flow(a, FlowKind.EXPENDITURE, "2025-06-30", "300000", "EUR", null, "Judicial training.", rates);

        FundingAgreement b = agreement("DEMO-AGR-002", "Online safety of children", "DEMO-DONOR-FDN", fdn, "450000", "USD",
                "2024-04-01", "2026-03-31", List.of(e("CONTEXT", "CYB", null), e("COUNTRY", "PHL", null)), rates);
        flow(b, FlowKind.RECEIPT, "2024-04-15", "200000", "USD", null, "First instalment.", rates);
        flow(b, FlowKind.RECEIPT, "2025-04-15", "150000", "USD", null, "Second instalment.", rates);
        flow(b, FlowKind.EXPENDITURE, "2024-12-31", "180000", "USD", null, null, rates);
        flow(b, FlowKind.EXPENDITURE, "2025-09-30", "120000", "USD", null, null, rates);

        FundingAgreement c = agreement("DEMO-AGR-003", "Core support to the Strategy", "DEMO-DONOR-FUND", fund, "800000",
                "USD", "2024-07-01", "2027-06-30", List.of(), rates);
        flow(c, FlowKind.RECEIPT, "2024-07-15", "300000", "USD", null, "Allocation 2024.", rates);
        flow(c, FlowKind.RECEIPT, "2025-07-15", "300000", "USD", null, "Allocation 2025.", rates);
        flow(c, FlowKind.EXPENDITURE, "2025-03-31", "250000", "USD", null, null, rates);

        LocalDate soon = LocalDate.now(clock).plusDays(60);
        FundingAgreement d = agreement("DEMO-AGR-004", "Protection of children on the move", "DEMO-DONOR-GOV", null,
                "350000", "CHF", "2025-01-01", (soon.isBefore(LocalDate.of(2025, 6, 30)) ? LocalDate.of(2025, 6, 30) : soon).toString(),
                List.of(e("ACTIVITY", "DEMO-09", "200000"), e("COUNTRY", "MAR", null)), rates);
        flow(d, FlowKind.RECEIPT, "2025-01-20", "200000", "CHF", null, "First instalment.", rates);
        flow(d, FlowKind.EXPENDITURE, "2025-08-31", "120000", "CHF", "DEMO-09", "Referral protocol work.", rates);

        FundingAgreement t = agreement("DEMO-AGR-005", "Public-private partnership against online abuse", "DEMO-TECH", tech,
                "150000", "USD", "2025-02-01", "2026-01-31", List.of(e("ACTIVITY", "DEMO-10", null)), rates);
        flow(t, FlowKind.RECEIPT, "2025-02-20", "100000", "USD", null, null, rates);
        log.info("Added demo funding: 5 pledges, 5 agreements with receipts and expenditure");
    }

    private static EarmarkInput e(String kind, String code, String amount) {
        return new EarmarkInput(kind, code, amount);
    }

    private long pledge(String donor, String amount, String currency, String date, String note, RateTable rates) {
        return ledger.insertPledge(validator.pledge(new PledgeInput(donor, amount, currency, date,
                "[DEMO] " + note, null), rates), true, FundingLedger.SYSTEM).id();
    }

    private FundingAgreement agreement(String ref, String title, String donor, Long pledge, String amount,
            String currency, String start, String end, List<EarmarkInput> earmarks, RateTable rates) {
        AgreementInput in = new AgreementInput(ref, "[DEMO] " + title, donor, pledge, amount, currency, start, end,
                "Demonstration agreement shipped with Haven. Not a real agreement.", earmarks, null);
        return ledger.insertAgreement(validator.agreement(in, null, rates, store), true, FundingLedger.SYSTEM);
    }

    private void flow(FundingAgreement a, FlowKind kind, String date, String amount, String currency, String activity,
            String note, RateTable rates) {
        ledger.insertFlow(a, validator.flow(kind, new FlowInput(date, amount, currency, activity,
                note == null ? "[DEMO]" : "[DEMO] " + note), rates), FundingLedger.SYSTEM);
    }
}
