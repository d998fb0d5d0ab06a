package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register read at one moment (pledges, agreements with earmarks, flows, exchange rates) with the conversions
 * every view shares: each amount goes to the reporting currency at the rate in force on its own date (pledge date,
 * agreement start date, receipt or expenditure date, activity start date for budgets).
 */
record FundingBook(List<Pledge> pledges, List<FundingAgreement> agreements, List<Flow> flows, RateTable rates,
        String reportingCurrency) {

    BigDecimal toReporting(BigDecimal amount, String currency, LocalDate date) {
        return rates.convert(amount, currency, date, reportingCurrency);
    }

    Optional<FundingAgreement> agreement(long id) {
        return agreements.stream().filter(a -> a.id() == id).findFirst();
    }

    List<Flow> flowsOf(long agreementId) {
        return flows.stream().filter(f -> f.agreementId() == agreementId).toList();
    }

    /** Received (or spent) under each agreement, in the reporting currency, unrounded. */
    Map<Long, BigDecimal> byAgreement(FlowKind kind) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Flow f : flows) {
            if (f.kind() == kind) {
                out.merge(f.agreementId(), toReporting(f.amount(), f.currency(), f.date()), BigDecimal::add);
            }
        }
        return out;
    }

    BigDecimal agreementInReporting(FundingAgreement a) {
        return toReporting(a.amount(), a.currency(), a.startDate());
    }

    BigDecimal pledgeInReporting(Pledge p) {
        return toReporting(p.amount(), p.currency(), p.date());
    }
}
