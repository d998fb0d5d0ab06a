package org.haven.funding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.core.ConflictException;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.funding.FundingInputs.AgreementInput;
import org.haven.funding.FundingInputs.FlowInput;
import org.haven.funding.FundingInputs.PledgeInput;
import org.haven.funding.FundingInputs.RateInput;
import org.haven.funding.FundingInputs.ValidAgreement;
import org.haven.funding.FundingInputs.ValidFlow;
import org.haven.funding.FundingInputs.ValidPledge;
import org.haven.funding.FundingInputs.ValidRate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and changes pledges, agreements (with their earmarks), receipts, expenditure and exchange rates: checks
 * role and input before writing anything, writes each change in one transaction, audits it, and refuses a change
 * made on a stale version (409).
 */
@Service
@Transactional
class FundingLedger {

    static final String SYSTEM = "system";

    private final FundingStore store;
    private final FundingValidator validator;
    private final FundingAccess access;
    private final JdbcFundingFacts facts;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    /** The configured reporting currency, without reading the register. */
    String reportingCurrency() {
        return facts.reportingCurrency();
    }

    FundingLedger(FundingStore store, FundingValidator validator, FundingAccess access, JdbcFundingFacts facts,
            AuditLog audit) {
        this.store = store;
        this.validator = validator;
        this.access = access;
        this.facts = facts;
        this.audit = audit;
    }

    // ---- pledges

    Pledge createPledge(PledgeInput in) {
        access.requireWrite();
        return insertPledge(validator.pledge(in, rates()), false, access.username());
    }

    Pledge insertPledge(ValidPledge v, boolean demo, String actor) {
        long id = store.insertPledge(v, demo, actor, now());
        Pledge p = store.pledge(id).orElseThrow();
        audit.record("funding_pledge", id, AuditAction.CREATE, "Recorded pledge " + id + " of " + p.donorCode() + ": "
                + p.amount().toPlainString() + " " + p.currency(), null, p);
        return p;
    }

    Pledge updatePledge(long id, PledgeInput in) {
        access.requireWrite();
        Pledge before = getPledge(id);
        ValidPledge v = validator.pledge(in, rates());
        int version = version(in.version(), "pledge");
        if (!store.updatePledge(id, version, v, access.username(), now())) {
            throw ConflictException.staleVersion("Pledge", id);
        }
        Pledge after = getPledge(id);
        audit.record("funding_pledge", id, AuditAction.UPDATE, "Changed pledge " + id, before, after);
        return after;
    }

    void deletePledge(long id) {
        access.requireWrite();
        Pledge before = getPledge(id);
        store.deletePledge(id);
        audit.record("funding_pledge", id, AuditAction.DELETE, "Deleted pledge " + id, before, null);
    }

    // ---- agreements

    FundingAgreement createAgreement(AgreementInput in) {
        access.requireWrite();
        return insertAgreement(validator.agreement(in, null, rates(), store), false, access.username());
    }

    FundingAgreement insertAgreement(ValidAgreement v, boolean demo, String actor) {
        long id = store.insertAgreement(v, demo, actor, now());
        FundingAgreement a = store.agreement(id).orElseThrow();
        audit.record("funding_agreement", id, AuditAction.CREATE, "Recorded agreement " + a.reference() + " of "
                + a.donorCode() + ": " + a.amount().toPlainString() + " " + a.currency(), null, a);
        return a;
    }

    FundingAgreement updateAgreement(long id, AgreementInput in) {
        access.requireWrite();
        FundingAgreement before = getAgreement(id);
        ValidAgreement v = validator.agreement(in, id, rates(), store);
        int version = version(in.version(), "agreement");
        if (!store.updateAgreement(id, version, v, access.username(), now())) {
            throw ConflictException.staleVersion("Agreement", id);
        }
        FundingAgreement after = getAgreement(id);
        audit.record("funding_agreement", id, AuditAction.UPDATE, "Changed agreement " + after.reference(), before, after);
        return after;
    }

    void deleteAgreement(long id) {
        access.requireWrite();
        FundingAgreement before = getAgreement(id);
        List<Flow> flows = store.flowsOf(id);
        store.deleteAgreement(id);
        audit.record("funding_agreement", id, AuditAction.DELETE, "Deleted agreement " + before.reference()
                + " with its " + flows.size() + " receipts and expenditures", Map.of("agreement", before, "flows", flows), null);
    }

    // ---- receipts and expenditure

    Flow addFlow(long agreementId, FlowKind kind, FlowInput in) {
        access.requireWrite();
        FundingAgreement a = getAgreement(agreementId);
        return insertFlow(a, validator.flow(kind, in, rates()), access.username());
    }

    Flow insertFlow(FundingAgreement a, ValidFlow v, String actor) {
        long id = store.insertFlow(a.id(), v, actor, now());
        Flow f = store.flow(id).orElseThrow();
        audit.record("funding_flow", id, AuditAction.CREATE, "Recorded " + kindName(f) + " " + id + " under agreement "
                + a.reference() + ": " + f.amount().toPlainString() + " " + f.currency(), null, f);
        return f;
    }

    void deleteFlow(long agreementId, long flowId) {
        access.requireWrite();
        FundingAgreement a = getAgreement(agreementId);
        Flow f = store.flow(flowId).filter(x -> x.agreementId() == agreementId)
                .orElseThrow(() -> new NotFoundException("Receipt or expenditure", flowId));
        store.deleteFlow(flowId);
        audit.record("funding_flow", flowId, AuditAction.DELETE, "Deleted " + kindName(f) + " " + flowId
                + " under agreement " + a.reference(), f, null);
    }

    private static String kindName(Flow f) {
        return f.kind() == FlowKind.RECEIPT ? "receipt" : "expenditure";
    }

    // ---- exchange rates

    /** Adds the rate, or changes the one of the same currency and date when {@code version} is given. */
    ExchangeRate saveRate(RateInput in, Integer version) {
        access.requireRates();
        ValidRate v = validator.rate(in);
        Optional<ExchangeRate> before = store.rate(v.currency(), v.validFrom());
        if (before.isEmpty()) {
            store.insertRate(v, access.username(), now());
            ExchangeRate r = store.rate(v.currency(), v.validFrom()).orElseThrow();
            audit.record("exchange_rate", v.currency() + "@" + v.validFrom(), AuditAction.CREATE, "Added exchange rate "
                    + v.currency() + " from " + v.validFrom() + ": " + v.rateToUsd().toPlainString() + " USD", null, r);
            return r;
        }
        if (version == null) {
            throw InvalidInputException.of("validFrom", "there is already a rate for " + v.currency() + " from "
                    + v.validFrom() + "; change that one (send its version) or pick another date");
        }
        if (!store.updateRate(v, version, access.username(), now())) {
            throw ConflictException.staleVersion("Exchange rate", v.currency() + " from " + v.validFrom());
        }
        ExchangeRate after = store.rate(v.currency(), v.validFrom()).orElseThrow();
        audit.record("exchange_rate", v.currency() + "@" + v.validFrom(), AuditAction.UPDATE, "Changed exchange rate "
                + v.currency() + " from " + v.validFrom() + " to " + v.rateToUsd().toPlainString() + " USD", before.get(), after);
        return after;
    }

    // ---- reads (scoped)

    @Transactional(readOnly = true)
    List<Pledge> pledges() {
        access.requireRead();
        return store.pledges().stream().filter(p -> access.canRead(p.donorCode())).toList();
    }

    @Transactional(readOnly = true)
    Pledge pledge(long id) {
        Pledge p = getPledge(id);
        access.requireRead(p.donorCode(), "pledge " + id);
        return p;
    }

    @Transactional(readOnly = true)
    List<FundingAgreement> agreements() {
        access.requireRead();
        return store.agreements().stream().filter(a -> access.canRead(a.donorCode())).toList();
    }

    @Transactional(readOnly = true)
    FundingAgreement agreement(long id) {
        FundingAgreement a = getAgreement(id);
        access.requireRead(a.donorCode(), "agreement " + a.reference());
        return a;
    }

    @Transactional(readOnly = true)
    List<AgreementView> agreementViews() {
        return AgreementView.all(book());
    }

    @Transactional(readOnly = true)
    AgreementView agreementView(long id) {
        agreement(id);
        return AgreementView.all(facts.book()).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    @Transactional(readOnly = true)
    List<Flow> flows(long agreementId, FlowKind kind) {
        return flows(agreementId).stream().filter(f -> f.kind() == kind).toList();
    }

    @Transactional(readOnly = true)
    List<Flow> flows(long agreementId) {
        agreement(agreementId);
        return store.flowsOf(agreementId);
    }

    /** The register as the current user may see it: everything, or only their own donor's records. */
    @Transactional(readOnly = true)
    FundingBook book() {
        access.requireRead();
        FundingBook b = facts.book();
        return access.scope().map(donor -> scoped(b, donor)).orElse(b);
    }

    private static FundingBook scoped(FundingBook b, String donor) {
        List<FundingAgreement> agreements = b.agreements().stream().filter(a -> a.donorCode().equalsIgnoreCase(donor)).toList();
        List<Long> ids = agreements.stream().map(FundingAgreement::id).toList();
        return new FundingBook(b.pledges().stream().filter(p -> p.donorCode().equalsIgnoreCase(donor)).toList(),
                agreements, b.flows().stream().filter(f -> ids.contains(f.agreementId())).toList(), b.rates(),
                b.reportingCurrency());
    }

    boolean scopedToOwnDonor() {
        return access.ownDonorOnly();
    }

    @Transactional(readOnly = true)
    List<ExchangeRate> rateRows() {
        access.requireRead();
        return store.rates();
    }

    RateTable rates() {
        return new RateTable(store.rates());
    }

    // ---- demo

    /** Deletes every demo agreement (with its earmarks and flows) and demo pledge, audited; returns how many rows went. */
    long removeDemo() {
        long n = 0;
        for (long id : store.demoAgreementIds()) {
            FundingAgreement before = getAgreement(id);
            List<Flow> flows = store.flowsOf(id);
            store.deleteAgreement(id);
            audit.record("funding_agreement", id, AuditAction.DELETE, "Removed demo agreement " + before.reference(),
                    Map.of("agreement", before, "flows", flows), null);
            n += 1 + flows.size();
        }
        for (long id : store.demoPledgeIds()) {
            Pledge before = getPledge(id);
            store.deletePledge(id);
            audit.record("funding_pledge", id, AuditAction.DELETE, "Removed demo pledge " + id, before, null);
            n++;
        }
        return n;
    }

    @Transactional(readOnly = true)
    long demoCount() {
        List<Long> agreements = store.demoAgreementIds();
        long flows = store.flows().stream().filter(f -> agreements.contains(f.agreementId())).count();
        return agreements.size() + store.demoPledgeIds().size() + flows;
    }

    @Transactional(readOnly = true)
    long count() {
        return store.count();
    }

    private static int version(Integer version, String what) {
        if (version == null) {
            throw InvalidInputException.of("version", "version is required to change a " + what);
        }
        return version;
    }

    private Pledge getPledge(long id) {
        return store.pledge(id).orElseThrow(() -> new NotFoundException("Pledge", id));
    }

    private FundingAgreement getAgreement(long id) {
        return store.agreement(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
