package org.haven.funding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exchange-rate table at one moment. The rate in force on a date is the currency's row with the latest
 * {@code validFrom} on or before that date; an amount is converted from currency A to B on date D as
 * {@code amount x rate(A, D) / rate(B, D)} (rates are US dollars per unit), with 10 decimals kept until totals are
 * rounded to cents.
 */
final class RateTable {

    static final MathContext MATH = MathContext.DECIMAL64;

    private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    RateTable(List<ExchangeRate> all) {
        for (ExchangeRate r : all) {
            rates.computeIfAbsent(r.currency(), c -> new TreeMap<>()).put(r.validFrom(), r.rateToUsd());
        }
    }

    /** US dollars per unit of the currency on the date, if a rate is in force then. */
    Optional<BigDecimal> rate(String currency, LocalDate date) {
        TreeMap<LocalDate, BigDecimal> byDate = rates.get(currency);
        if (byDate == null) {
            return Optional.empty();
        }
        Entry<LocalDate, BigDecimal> e = byDate.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    boolean hasRate(String currency, LocalDate date) {
        return rate(currency, date).isPresent();
    }

    /** The amount in the target currency at the rates in force on the date, unrounded. */
    BigDecimal convert(BigDecimal amount, String from, LocalDate date, String to) {
        if (from.equals(to)) {
            return amount;
        }
        BigDecimal a = rate(from, date).orElseThrow(() -> missing(from, date));
        BigDecimal b = rate(to, date).orElseThrow(() -> missing(to, date));
        return amount.multiply(a, MATH).divide(b, MATH);
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    List<String> currencies() {
        return new ArrayList<>(rates.keySet());
    }

    private static IllegalStateException missing(String currency, LocalDate date) {
        return new IllegalStateException("No exchange rate for " + currency + " in force on " + date
                + "; an administrator adds one on /funding/rates");
    }
}
