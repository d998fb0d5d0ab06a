package org.haven.funding;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an agreement's money is shared among its earmarks. An earmark with an amount gets amount / agreement amount;
 * the rest of the agreement is shared equally among the earmarks without an amount; when every earmark has an
 * amount, what they leave over is unearmarked. An agreement without earmarks is wholly unearmarked. The same shares
 * apply to everything received and spent under the agreement.
 */
final class Shares {

    private Shares() {
    }

    /** The share (0..1) of each earmark, in the agreement's earmark order. */
    static Map<Earmark, BigDecimal> of(FundingAgreement a) {
        Map<Earmark, BigDecimal> out = new LinkedHashMap<>();
        List<Earmark> earmarks = a.earmarks();
        BigDecimal explicit = earmarks.stream().filter(e -> e.amount() != null).map(Earmark::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long open = earmarks.stream().filter(e -> e.amount() == null).count();
        BigDecimal rest = BigDecimal.ONE.subtract(explicit.divide(a.amount(), RateTable.MATH)).max(BigDecimal.ZERO);
        for (Earmark e : earmarks) {
            out.put(e, e.amount() != null ? e.amount().divide(a.amount(), RateTable.MATH)
                    : rest.divide(BigDecimal.valueOf(open), RateTable.MATH));
        }
        return out;
    }

    /** The unearmarked share (0..1) of the agreement. */
    static BigDecimal unearmarked(FundingAgreement a) {
        BigDecimal earmarked = of(a).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return BigDecimal.ONE.subtract(earmarked).max(BigDecimal.ZERO);
    }
}
