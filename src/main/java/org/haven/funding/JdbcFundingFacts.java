package org.haven.funding;

import static org.haven.funding.RateTable.cents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link FundingFacts} over the database. Conversions: the rate in force on each amount's own date (see
 * {@link RateTable}). {@link #transactionsOfActivity} rule: a COMMITMENT per agreement earmarked to the activity,
 * dated at the agreement's start, for the activity's share of the agreement ({@link Shares}: its earmark amount, or
 * an equal part of what the amounts leave); every receipt and expenditure recorded for the activity in full; and
 * every receipt and expenditure of an agreement earmarked to the activity that names no activity, times the
 * activity's share, in the flow's own currency, rounded to cents. Flows that name another activity are not shared.
 */
@Component
@Transactional(readOnly = true)
class JdbcFundingFacts implements FundingFacts {

    private final FundingStore store;
    private final ActivityCatalog activities;
    private final String reportingCurrency;

    JdbcFundingFacts(FundingStore store, ActivityCatalog activities,
            @Value("${haven.funding.reporting-currency:USD}") String reportingCurrency) {
        this.store = store;
        this.activities = activities;
        this.reportingCurrency = reportingCurrency.trim().toUpperCase();
    }

    @Override
    public String reportingCurrency() {
        return reportingCurrency;
    }

    /** The whole register now, for the gap, pipeline and pages. */
    FundingBook book() {
        return new FundingBook(store.pledges(), store.agreements(), store.flows(), new RateTable(store.rates()),
                reportingCurrency);
    }

    @Override
    public Totals totals(int year) {
        FundingBook b = book();
        Predicate<LocalDate> in = d -> d.getYear() == year;
        BigDecimal pledged = b.pledges().stream().filter(p -> in.test(p.date())).map(b::pledgeInReporting)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal agreed = b.agreements().stream().filter(a -> in.test(a.startDate())).map(b::agreementInReporting)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal received = flowSum(b, FlowKind.RECEIPT, in);
        BigDecimal spent = flowSum(b, FlowKind.EXPENDITURE, in);
        return new Totals(reportingCurrency, cents(pledged), cents(agreed), cents(received), cents(spent));
    }

    private static BigDecimal flowSum(FundingBook b, FlowKind kind, Predicate<LocalDate> in) {
        return b.flows().stream().filter(f -> f.kind() == kind && in.test(f.date()))
                .map(f -> b.toReporting(f.amount(), f.currency(), f.date())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public List<Agreement> agreements() {
        FundingBook b = book();
        Map<Long, BigDecimal> received = b.byAgreement(FlowKind.RECEIPT);
        Map<Long, BigDecimal> spent = b.byAgreement(FlowKind.EXPENDITURE);
        return b.agreements().stream().map(a -> facts(b, a, received, spent)).toList();
    }

    @Override
    public Optional<Agreement> agreement(long id) {
        return agreements().stream().filter(a -> a.id() == id).findFirst();
    }

    static Agreement facts(FundingBook b, FundingAgreement a, Map<Long, BigDecimal> received, Map<Long, BigDecimal> spent) {
        return new Agreement(a.id(), a.reference(), a.title(), a.donorCode(), a.currency(), a.amount(),
                cents(b.agreementInReporting(a)), a.startDate(), a.endDate(), codes(a, EarmarkKind.ACTIVITY),
                a.earmarks().stream().filter(e -> e.kind() == EarmarkKind.OBJECTIVE || e.kind() == EarmarkKind.CONTEXT)
                        .map(Earmark::code).toList(),
                codes(a, EarmarkKind.COUNTRY), a.unearmarked(), cents(received.getOrDefault(a.id(), BigDecimal.ZERO)),
                cents(spent.getOrDefault(a.id(), BigDecimal.ZERO)), a.demo());
    }

    private static List<String> codes(FundingAgreement a, EarmarkKind kind) {
        return a.earmarks().stream().filter(e -> e.kind() == kind).map(Earmark::code).toList();
    }

    @Override
    public List<Transaction> transactionsOfActivity(String activityCode) {
        Optional<Activity> activity = activities.findByCode(activityCode);
        if (activity.isEmpty()) {
            return List.of();
        }
        Activity act = activity.get();
        FundingBook b = book();
        List<Transaction> out = new ArrayList<>();
        for (FundingAgreement a : b.agreements()) {
            for (Map.Entry<Earmark, BigDecimal> e : Shares.of(a).entrySet()) {
                if (e.getKey().kind() != EarmarkKind.ACTIVITY || !e.getKey().code().equalsIgnoreCase(act.code())) {
                    continue;
                }
                BigDecimal share = e.getValue();
                out.add(new Transaction(TransactionKind.COMMITMENT, a.startDate(), cents(a.amount().multiply(share)),
                        a.currency(), a.donorCode(), a.id(), "Part of agreement " + a.reference() + " earmarked to " + act.code()));
                for (Flow f : b.flowsOf(a.id())) {
                    if (f.activityId() == null) {
                        out.add(new Transaction(kind(f), f.date(), cents(f.amount().multiply(share)), f.currency(),
                                a.donorCode(), a.id(), "Share of " + describe(f, a)));
                    }
                }
            }
        }
        for (Flow f : b.flows()) {
            if (f.activityId() != null && f.activityId() == act.id()) {
                FundingAgreement a = b.agreement(f.agreementId()).orElseThrow();
                out.add(new Transaction(kind(f), f.date(), f.amount(), f.currency(), a.donorCode(), a.id(), describe(f, a)));
            }
        }
        out.sort(Comparator.comparing(Transaction::date).thenComparing(Transaction::kind)
                .thenComparing(Transaction::agreementId));
        return out;
    }

    private static TransactionKind kind(Flow f) {
        return f.kind() == FlowKind.RECEIPT ? TransactionKind.RECEIPT : TransactionKind.EXPENDITURE;
    }

    private static String describe(Flow f, FundingAgreement a) {
        String what = (f.kind() == FlowKind.RECEIPT ? "receipt" : "expenditure") + " under agreement " + a.reference();
        return f.note() == null || f.note().isBlank() ? what : what + ": " + f.note();
    }
}
