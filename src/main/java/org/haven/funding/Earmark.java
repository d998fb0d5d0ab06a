package org.haven.funding;

import java.math.BigDecimal;

/** One earmark of an agreement; {@code amount} (agreement currency) is optional, see {@link Shares}. */
record Earmark(EarmarkKind kind, String code, BigDecimal amount) {
}
