package org.haven.funding;

import static org.haven.funding.RateTable.cents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An agreement as the API and pages show it: as stored, plus its amount, what was received and what was spent in
 * the reporting currency (each at its own date's rate), and what is still to be received (agreement amount in the
 * reporting currency minus received, never below 0).
 */
record AgreementView(long id, String reference, String title, String donorCode, String donorName, Long pledgeId,
        BigDecimal amount, String currency, LocalDate startDate, LocalDate endDate, String note, List<Earmark> earmarks,
        boolean unearmarked, String reportingCurrency, BigDecimal amountInReportingCurrency, BigDecimal received,
        BigDecimal spent, BigDecimal toReceive, boolean demo, int version) {

    static AgreementView of(FundingBook b, FundingAgreement a, Map<Long, BigDecimal> received, Map<Long, BigDecimal> spent) {
        BigDecimal amount = cents(b.agreementInReporting(a));
        BigDecimal got = cents(received.getOrDefault(a.id(), BigDecimal.ZERO));
        return new AgreementView(a.id(), a.reference(), a.title(), a.donorCode(), a.donorName(), a.pledgeId(), a.amount(),
                a.currency(), a.startDate(), a.endDate(), a.note(), a.earmarks(), a.unearmarked(), b.reportingCurrency(),
                amount, got, cents(spent.getOrDefault(a.id(), BigDecimal.ZERO)),
                amount.subtract(got).max(BigDecimal.ZERO.setScale(2)), a.demo(), a.version());
    }

    static List<AgreementView> all(FundingBook b) {
        Map<Long, BigDecimal> received = b.byAgreement(FlowKind.RECEIPT);
        Map<Long, BigDecimal> spent = b.byAgreement(FlowKind.EXPENDITURE);
        return b.agreements().stream().map(a -> of(b, a, received, spent)).toList();
    }
}
