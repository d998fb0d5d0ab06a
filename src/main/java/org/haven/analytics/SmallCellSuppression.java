package org.haven.analytics;

import java.util.function.Predicate;

/**
 * Public-view disclosure control, applied by the engine to every {@link AnalyticsQuery#publicView()} result: counts
 * below the configured threshold ({@code haven.public.min-cell-count}, default 5) are hidden (primary suppression),
 * further cells are hidden so that no hidden value can be worked out from row or column totals (complementary
 * suppression), and rates and percentages whose numerator is a hidden count are hidden too. Hidden rows keep their
 * keys, lose their numbers and carry {@code suppressed = true}.
 */
interface SmallCellSuppression {

    /** {@code isCount} tells, for a dx code, whether its values (or numerators) count people or cases. */
    AnalyticsResult apply(AnalyticsResult result, Predicate<String> isCount);
}
