package org.haven.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.haven.funding.FundingFacts.Agreement;
import org.haven.funding.FundingFacts.Totals;
import org.haven.funding.FundingFacts.Transaction;
import org.haven.funding.FundingFacts.TransactionKind;
import org.haven.funding.FundingInputs.ValidAgreement;
import org.haven.funding.FundingInputs.ValidFlow;
import org.haven.funding.FundingInputs.ValidPledge;
import org.haven.funding.FundingInputs.ValidRate;
import org.haven.plan.ActivityCatalog;
import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * FundingFacts: conversion at the rate in force on each amount's own date, yearly totals, agreement facts and the
 * activity transactions rule. Uses the year 2031 (no other test class does) and rolls back.
 */
@HavenDbTest
@Transactional
class FundingFactsTest {

    private static final String DONOR = "TEST-FACTS-DONOR";

    @Autowired
    FundingFacts facts;

    @Autowired
    FundingStore store;

    @Autowired
    ActivityCatalog activities;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundingDemoOwner demoOwner;

    @Autowired
    FundingPartnerSection partnerSection;

    private long agreementId;

    @BeforeEach
    void register() {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into partner (code, name, partner_type, donor_type, demo, version, created_at, created_by, updated_at, updated_by)
                values (:code, 'Facts test donor', 'MEMBER_STATE', 'TRADITIONAL', false, 0, :now, 'test', :now, 'test')""")
                .param("code", DONOR).param("now", now).update();
        store.insertRate(new ValidRate("EUR", LocalDate.of(2031, 1, 1), new BigDecimal("1.20"), "test"), "test", now);
        store.insertRate(new ValidRate("EUR", LocalDate.of(2031, 7, 1), new BigDecimal("1.25"), "test"), "test", now);
        store.insertRate(new ValidRate("ISK", LocalDate.of(2031, 1, 1), new BigDecimal("0.0080"), "test"), "test", now);
        store.insertRate(new ValidRate("ISK", LocalDate.of(2031, 7, 1), new BigDecimal("0.0100"), "test"), "test", now);
        store.insertPledge(new ValidPledge(DONOR, new BigDecimal("100000.00"), "EUR", LocalDate.of(2031, 3, 1), null),
                false, "test", now);
        agreementId = store.insertAgreement(new ValidAgreement("TEST-FACTS-1", "Facts test", DONOR, null,
                new BigDecimal("80000.00"), "EUR", LocalDate.of(2031, 2, 1), LocalDate.of(2032, 1, 31), null,
                List.of(new Earmark(EarmarkKind.ACTIVITY, "DEMO-04", new BigDecimal("20000.00")),
                        new Earmark(EarmarkKind.OBJECTIVE, "SO1", null))), false, "test", now);
        long demo04 = activities.findByCode("DEMO-04").orElseThrow().id();
        flow(FlowKind.RECEIPT, "2031-03-15", "40000", "EUR", null, now);          // 48000 USD at 1.20
        flow(FlowKind.RECEIPT, "2031-08-01", "10000000", "ISK", null, now);       // 100000 USD at 0.0100
        flow(FlowKind.EXPENDITURE, "2031-09-01", "5000", "EUR", demo04, now);    // 6250 USD at 1.25
        flow(FlowKind.EXPENDITURE, "2031-06-30", "8000", "EUR", null, now);      // 9600 USD at 1.20 (day before 1.25)
    }

    private void flow(FlowKind kind, String date, String amount, String currency, Long activity, OffsetDateTime now) {
        store.insertFlow(agreementId, new ValidFlow(kind, LocalDate.parse(date), new BigDecimal(amount), currency,
                activity, null), "test", now);
    }

    @Test
    void totalsConvertEachAmountAtTheRateInForceOnItsDate() {
        Totals t = facts.totals(2031);
        assertThat(t.currency()).isEqualTo("USD");
        assertThat(t.pledged()).isEqualByComparingTo("120000.00");
        assertThat(t.agreed()).isEqualByComparingTo("96000.00");
        assertThat(t.received()).isEqualByComparingTo("148000.00");
        assertThat(t.spent()).isEqualByComparingTo("15850.00");
    }

    @Test
    void agreementFactsCarryEarmarksAndConvertedFlows() {
        Agreement a = facts.agreement(agreementId).orElseThrow();
        assertThat(a.reference()).isEqualTo("TEST-FACTS-1");
        assertThat(a.donorCode()).isEqualTo(DONOR);
        assertThat(a.amount()).isEqualByComparingTo("80000");
        assertThat(a.amountInReportingCurrency()).isEqualByComparingTo("96000.00");
        assertThat(a.activityCodes()).containsExactly("DEMO-04");
        assertThat(a.nodeCodes()).containsExactly("SO1");
        assertThat(a.countryCodes()).isEmpty();
        assertThat(a.unearmarked()).isFalse();
        assertThat(a.received()).isEqualByComparingTo("148000.00");
        assertThat(a.spent()).isEqualByComparingTo("15850.00");
        assertThat(facts.agreements()).extracting(Agreement::id).contains(agreementId);
    }

    @Test
    void activityTransactionsShareOutAgreementFlowsAndKeepOwnFlowsWhole() {
        List<Transaction> own = facts.transactionsOfActivity("demo-04").stream()
                .filter(t -> t.agreementId() == agreementId).toList();
        assertThat(own).extracting(Transaction::kind, Transaction::date, t -> t.amount().toPlainString(), Transaction::currency)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TransactionKind.COMMITMENT, LocalDate.of(2031, 2, 1), "20000.00", "EUR"),
                        org.assertj.core.groups.Tuple.tuple(TransactionKind.RECEIPT, LocalDate.of(2031, 3, 15), "10000.00", "EUR"),
                        org.assertj.core.groups.Tuple.tuple(TransactionKind.EXPENDITURE, LocalDate.of(2031, 6, 30), "2000.00", "EUR"),
                        org.assertj.core.groups.Tuple.tuple(TransactionKind.RECEIPT, LocalDate.of(2031, 8, 1), "2500000.00", "ISK"),
                        org.assertj.core.groups.Tuple.tuple(TransactionKind.EXPENDITURE, LocalDate.of(2031, 9, 1), "5000.00", "EUR"));
        assertThat(own).allMatch(t -> t.providerCode().equals(DONOR));
        assertThat(facts.transactionsOfActivity("NO-SUCH-ACTIVITY")).isEmpty();
    }

    @Test
    void missingRateIsReportedNotGuessed() {
        RateTable rates = new RateTable(store.rates());
        assertThat(rates.rate("ISK", LocalDate.of(2030, 12, 31))).isEmpty();
        assertThat(rates.convert(new BigDecimal("100"), "ISK", LocalDate.of(2031, 6, 30), "EUR"))
                .isEqualByComparingTo(new BigDecimal("0.6666666666666667"));
    }

    @Test
    void partnerPageListsTheDonorsAgreements() {
        assertThat(partnerSection.titleKey()).isEqualTo("funding.partner.section");
        assertThat(partnerSection.items(DONOR)).singleElement().satisfies(item -> {
            assertThat(item.label()).isEqualTo("TEST-FACTS-1 · Facts test");
            assertThat(item.detail()).contains("80,000.00 EUR").contains("received 148,000.00 USD");
            assertThat(item.href()).isEqualTo("/funding/agreements/" + agreementId);
        });
        assertThat(partnerSection.items("NO-SUCH-PARTNER")).isEmpty();
    }

    @Test
    void demoFundingIsLabelledAndRemovedWithTheDemoData() {
        long demoRows = jdbc.sql("""
                select (select count(*) from funding_pledge where demo) + (select count(*) from funding_agreement where demo)
                     + (select count(*) from funding_flow f join funding_agreement a on a.id = f.agreement_id where a.demo)""")
                .query(Long.class).single();
        assertThat(demoRows).isPositive();
        assertThat(demoOwner.count()).isEqualTo(demoRows);
        assertThat(jdbc.sql("select title from funding_agreement where demo").query(String.class).list())
                .allMatch(t -> t.startsWith("[DEMO] "));
        assertThat(demoOwner.remove()).isEqualTo(demoRows);
        assertThat(demoOwner.count()).isZero();
        assertThat(facts.agreement(agreementId)).isPresent();
    }
}
