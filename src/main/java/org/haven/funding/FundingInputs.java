package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What forms and API callers send (dates and amounts as text so every error names its field), and the checked
 * values {@link FundingValidator} turns them into.
 */
final class FundingInputs {

    private FundingInputs() {
    }

    /** A pledge as sent; {@code version} is required for changes. */
    record PledgeInput(String donor, String amount, String currency, String date, String note, Integer version) {
    }

    /** An agreement as sent; {@code pledge} is an optional pledge id; {@code version} is required for changes. */
    record AgreementInput(String reference, String title, String donor, Long pledge, String amount, String currency,
            String startDate, String endDate, String note, List<EarmarkInput> earmarks, Integer version) {

        AgreementInput {
            earmarks = earmarks == null ? List.of() : earmarks.stream().filter(e -> e != null).toList();
        }
    }

    /**
     * kind OBJECTIVE, CONTEXT, COUNTRY or ACTIVITY; code of the target; amount optional (agreement currency). A row
     * with all three blank is ignored (forms offer spare rows); errors name rows by their index as sent.
     */
    record EarmarkInput(String kind, String code, String amount) {

        boolean empty() {
            return blank(kind) && blank(code) && blank(amount);
        }
    }

    /** A receipt or expenditure as sent; {@code activity} is an optional activity code. */
    record FlowInput(String date, String amount, String currency, String activity, String note) {
    }

    /** An exchange rate as sent: US dollars per unit from the date on. */
    record RateInput(String currency, String validFrom, String rateToUsd, String source) {
    }

    record ValidPledge(String donorCode, BigDecimal amount, String currency, LocalDate date, String note) {
    }

    record ValidAgreement(String reference, String title, String donorCode, Long pledgeId, BigDecimal amount,
            String currency, LocalDate startDate, LocalDate endDate, String note, List<Earmark> earmarks) {
    }

    record ValidFlow(FlowKind kind, LocalDate date, BigDecimal amount, String currency, Long activityId, String note) {
    }

    record ValidRate(String currency, LocalDate validFrom, BigDecimal rateToUsd, String source) {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
