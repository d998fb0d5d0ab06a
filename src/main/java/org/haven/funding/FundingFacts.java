package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the resource-mobilization register for other features (reports, IATI export, partner pages).
 * Amounts "in reporting currency" are converted at the exchange rate in force on each amount's own date.
 */
public interface FundingFacts {

    /** ISO 4217 code of the reporting currency (USD by default). */
    String reportingCurrency();

    /**
     * Pledged, agreed, received and spent in the reporting currency over a calendar year: pledges by pledge date,
     * agreements by signature (start) date, receipts and expenditure by their own dates.
     */
    Totals totals(int year);

    /** Every funding agreement, newest first. */
    List<Agreement> agreements();

    Optional<Agreement> agreement(long id);

    /**
     * The money flows that concern one activity, for IATI transactions: the part of each agreement earmarked to it
     * (commitment), and receipts and expenditure recorded against it or shared out from its agreements, oldest first.
     */
    List<Transaction> transactionsOfActivity(String activityCode);

    /** Four pipeline figures in one currency. */
    record Totals(String currency, BigDecimal pledged, BigDecimal agreed, BigDecimal received, BigDecimal spent) {
    }

    /**
     * A funding agreement with its donor (a partner code), its own currency and amount, the same in the reporting
     * currency, what it is earmarked to (empty lists and {@code unearmarked} true when it is not), and what has been
     * received and spent under it in the reporting currency.
     */
    record Agreement(long id, String reference, String title, String donorCode, String currency, BigDecimal amount,
            BigDecimal amountInReportingCurrency, LocalDate startDate, LocalDate endDate, List<String> activityCodes,
            List<String> nodeCodes, List<String> countryCodes, boolean unearmarked, BigDecimal received,
            BigDecimal spent, boolean demo) {
    }

    /** One flow of money in its own currency; {@code providerCode} is the partner the money comes from. */
    record Transaction(TransactionKind kind, LocalDate date, BigDecimal amount, String currency, String providerCode,
            long agreementId, String description) {
    }

    /** Kinds that map one-to-one to IATI transaction types 11, 1 and 4. */
    enum TransactionKind {
        COMMITMENT, RECEIPT, EXPENDITURE
    }
}
