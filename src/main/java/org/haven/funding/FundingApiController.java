package org.haven.funding;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.core.InvalidInputException;
import org.haven.funding.FundingInputs.AgreementInput;
import org.haven.funding.FundingInputs.FlowInput;
import org.haven.funding.FundingInputs.PledgeInput;
import org.haven.funding.FundingInputs.RateInput;
import org.haven.funding.FundingOverview.Alert;
import org.haven.funding.FundingOverview.DonorTotals;
import org.haven.funding.FundingOverview.Quarter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Resource mobilization as JSON: pledges, agreements with receipts and expenditure, gap, pipeline, rates. */
@RestController
@RequestMapping("/api/v1/funding")
@Tag(name = "Funding", description = "Pledges, agreements, receipts, expenditure, funding gap, pipeline and exchange rates")
class FundingApiController {

    private final FundingLedger ledger;
    private final FundingGap gap;
    private final FundingOverview overview;

    FundingApiController(FundingLedger ledger, FundingGap gap, FundingOverview overview) {
        this.ledger = ledger;
        this.gap = gap;
        this.overview = overview;
    }

    @GetMapping("/pledges")
    @Operation(summary = "Pledges, newest first", description = "Partner reporters see their own partner's only.")
    List<Pledge> pledges() {
        return ledger.pledges();
    }

    @GetMapping("/pledges/{id}")
    @Operation(summary = "One pledge")
    Pledge pledge(@PathVariable long id) {
        return ledger.pledge(id);
    }

    @PostMapping("/pledges")
    @Operation(summary = "Record a pledge", description = "ADMIN or PROGRAMME_OFFICER. amount > 0 with at most 2 "
            + "decimals, an ISO 4217 currency with an exchange rate on the date; 400 lists the invalid fields.")
    ResponseEntity<Pledge> createPledge(@RequestBody PledgeInput in) {
        Pledge p = ledger.createPledge(in);
        return ResponseEntity.created(URI.create("/api/v1/funding/pledges/" + p.id())).body(p);
    }

    @PutMapping("/pledges/{id}")
    @Operation(summary = "Change a pledge", description = "The body carries the version read; 409 when stale.")
    Pledge updatePledge(@PathVariable long id, @RequestBody PledgeInput in) {
        return ledger.updatePledge(id, in);
    }

    @DeleteMapping("/pledges/{id}")
    @Operation(summary = "Delete a pledge", description = "Agreements made from it keep their amounts.")
    ResponseEntity<Void> deletePledge(@PathVariable long id) {
        ledger.deletePledge(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/agreements")
    @Operation(summary = "Agreements, newest start first", description = "With amount, received and spent in the "
            + "reporting currency. Partner reporters see their own partner's only.")
    List<AgreementView> agreements() {
        return ledger.agreementViews();
    }

    @GetMapping("/agreements/{id}")
    @Operation(summary = "One agreement")
    AgreementView agreement(@PathVariable long id) {
        return ledger.agreementView(id);
    }

    @PostMapping("/agreements")
    @Operation(summary = "Record an agreement", description = "earmarks: [{kind: OBJECTIVE|CONTEXT|COUNTRY|ACTIVITY, "
            + "code, amount (optional, agreement currency)}]; none = unearmarked. endDate >= startDate.")
    ResponseEntity<AgreementView> createAgreement(@RequestBody AgreementInput in) {
        FundingAgreement a = ledger.createAgreement(in);
        return ResponseEntity.created(URI.create("/api/v1/funding/agreements/" + a.id())).body(ledger.agreementView(a.id()));
    }

    @PutMapping("/agreements/{id}")
    @Operation(summary = "Change an agreement and its earmarks", description = "The body carries the version read; 409 when stale.")
    AgreementView updateAgreement(@PathVariable long id, @RequestBody AgreementInput in) {
        ledger.updateAgreement(id, in);
        return ledger.agreementView(id);
    }

    @DeleteMapping("/agreements/{id}")
    @Operation(summary = "Delete an agreement with its earmarks, receipts and expenditure")
    ResponseEntity<Void> deleteAgreement(@PathVariable long id) {
        ledger.deleteAgreement(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/agreements/{id}/receipts")
    @Operation(summary = "Receipts of an agreement, oldest first")
    List<Flow> receipts(@PathVariable long id) {
        return ledger.flows(id, FlowKind.RECEIPT);
    }

    @PostMapping("/agreements/{id}/receipts")
    @Operation(summary = "Record a receipt (an instalment)", description = "date, amount, currency; optional activity code.")
    ResponseEntity<Flow> addReceipt(@PathVariable long id, @RequestBody FlowInput in) {
        return created(id, ledger.addFlow(id, FlowKind.RECEIPT, in), "receipts");
    }

    @DeleteMapping("/agreements/{id}/receipts/{flowId}")
    @Operation(summary = "Delete a receipt")
    ResponseEntity<Void> deleteReceipt(@PathVariable long id, @PathVariable long flowId) {
        ledger.deleteFlow(id, flowId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/agreements/{id}/expenditures")
    @Operation(summary = "Expenditure under an agreement, oldest first")
    List<Flow> expenditures(@PathVariable long id) {
        return ledger.flows(id, FlowKind.EXPENDITURE);
    }

    @PostMapping("/agreements/{id}/expenditures")
    @Operation(summary = "Record an expenditure", description = "date, amount, currency; optional activity code.")
    ResponseEntity<Flow> addExpenditure(@PathVariable long id, @RequestBody FlowInput in) {
        return created(id, ledger.addFlow(id, FlowKind.EXPENDITURE, in), "expenditures");
    }

    @DeleteMapping("/agreements/{id}/expenditures/{flowId}")
    @Operation(summary = "Delete an expenditure")
    ResponseEntity<Void> deleteExpenditure(@PathVariable long id, @PathVariable long flowId) {
        ledger.deleteFlow(id, flowId);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Flow> created(long id, Flow f, String what) {
        return ResponseEntity.created(URI.create("/api/v1/funding/agreements/" + id + "/" + what + "/" + f.id())).body(f);
    }

    @GetMapping("/gap")
    @Operation(summary = "Funding gap", description = "by=objective|context|country: planned budget of linked "
            + "activities minus funds received and earmarked there, in the reporting currency; unearmarked apart.")
    FundingGap.Report gap(@RequestParam(defaultValue = "objective") String by) {
        FundingGap.By dimension = FundingGap.By.parse(by).orElseThrow(
                () -> InvalidInputException.of("by", "by must be objective, context or country, not " + by));
        return gap.report(ledger.book(), dimension);
    }

    @GetMapping("/pipeline")
    @Operation(summary = "Pledged, agreed, received and spent per quarter, in the reporting currency")
    List<Quarter> pipeline() {
        return overview.pipeline(ledger.book());
    }

    @GetMapping("/alerts")
    @Operation(summary = "Agreements ending within 90 days, soonest first")
    List<Alert> alerts() {
        return overview.endingSoon(ledger.book());
    }

    @GetMapping("/donors")
    @Operation(summary = "Donors with their totals in the reporting currency")
    List<DonorTotals> donors() {
        return overview.donors(ledger.book(), ledger.scopedToOwnDonor());
    }

    @GetMapping("/rates")
    @Operation(summary = "Exchange rates: US dollars per unit from valid_from on", description = "indicative = shipped "
            + "approximate rate, not an official one.")
    List<ExchangeRate> rates() {
        return ledger.rateRows();
    }

    @PostMapping("/rates")
    @Operation(summary = "Add or change an exchange rate (ADMIN)", description = "version (query) is required to change "
            + "an existing rate of the same currency and date; 409 when stale.")
    ExchangeRate saveRate(@RequestBody RateInput in, @RequestParam(required = false) Integer version) {
        return ledger.saveRate(in, version);
    }
}
