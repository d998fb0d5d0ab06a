package org.haven.funding;

import static org.haven.funding.RateTable.cents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerRef;
import org.springframework.stereotype.Component;

/**
 * The pipeline per quarter (pledged by pledge date, agreed by start date, received and spent by their dates, each at
 * its own date's rate), agreements ending within {@link #ALERT_DAYS} days, and totals per donor, all in the
 * reporting currency.
 */
@Component
class FundingOverview {

    static final int ALERT_DAYS = 90;

    private final PartnerDirectory partners;
    private final Clock clock = Clock.systemUTC();

    FundingOverview(PartnerDirectory partners) {
        this.partners = partners;
    }

    record Quarter(String quarter, BigDecimal pledged, BigDecimal agreed, BigDecimal received, BigDecimal spent) {
    }

    record Alert(FundingAgreement agreement, long daysLeft, BigDecimal amount, BigDecimal received) {
    }

    record DonorTotals(PartnerRef donor, int pledges, int agreements, BigDecimal pledged, BigDecimal agreed,
            BigDecimal received, BigDecimal spent) {
    }

    /** Every quarter from the earliest to the latest dated amount, empty quarters included. */
    List<Quarter> pipeline(FundingBook b) {
        Map<String, BigDecimal[]> byQuarter = new TreeMap<>();
        for (Pledge p : b.pledges()) {
            add(byQuarter, p.date(), 0, b.pledgeInReporting(p));
        }
        for (FundingAgreement a : b.agreements()) {
            add(byQuarter, a.startDate(), 1, b.agreementInReporting(a));
        }
        for (Flow f : b.flows()) {
            add(byQuarter, f.date(), f.kind() == FlowKind.RECEIPT ? 2 : 3, b.toReporting(f.amount(), f.currency(), f.date()));
        }
        List<Quarter> out = new ArrayList<>();
        if (byQuarter.isEmpty()) {
            return out;
        }
        LocalDate first = start(byQuarter.keySet().iterator().next());
        LocalDate last = start(((TreeMap<String, BigDecimal[]>) byQuarter).lastKey());
        for (LocalDate q = first; !q.isAfter(last); q = q.plusMonths(3)) {
            BigDecimal[] v = byQuarter.getOrDefault(quarter(q), zeros());
            out.add(new Quarter(quarter(q), cents(v[0]), cents(v[1]), cents(v[2]), cents(v[3])));
        }
        return out;
    }

    static String quarter(LocalDate d) {
        return d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    private static LocalDate start(String quarter) {
        return LocalDate.of(Integer.parseInt(quarter.substring(0, 4)), (Integer.parseInt(quarter.substring(5)) - 1) * 3 + 1, 1);
    }

    private static void add(Map<String, BigDecimal[]> m, LocalDate d, int i, BigDecimal v) {
        m.computeIfAbsent(quarter(d), k -> zeros())[i] = m.get(quarter(d))[i].add(v);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    /** Agreements ending today or within the next 90 days, soonest first. */
    List<Alert> endingSoon(FundingBook b) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, BigDecimal> received = b.byAgreement(FlowKind.RECEIPT);
        return b.agreements().stream()
                .filter(a -> !a.endDate().isBefore(today) && !a.endDate().isAfter(today.plusDays(ALERT_DAYS)))
                .sorted(Comparator.comparing(FundingAgreement::endDate))
                .map(a -> new Alert(a, ChronoUnit.DAYS.between(today, a.endDate()), cents(b.agreementInReporting(a)),
                        cents(received.getOrDefault(a.id(), BigDecimal.ZERO))))
                .toList();
    }

    /** Every donor (scoped books only list the donors that appear in them), by name. */
    List<DonorTotals> donors(FundingBook b, boolean onlyInBook) {
        Map<Long, BigDecimal> received = b.byAgreement(FlowKind.RECEIPT);
        Map<Long, BigDecimal> spent = b.byAgreement(FlowKind.EXPENDITURE);
        List<DonorTotals> out = new ArrayList<>();
        for (PartnerRef d : partners.donors()) {
            List<Pledge> ps = b.pledges().stream().filter(p -> p.donorCode().equals(d.code())).toList();
            List<FundingAgreement> as = b.agreements().stream().filter(a -> a.donorCode().equals(d.code())).toList();
            if (onlyInBook && ps.isEmpty() && as.isEmpty()) {
                continue;
            }
            out.add(new DonorTotals(d, ps.size(), as.size(), cents(sum(ps.stream().map(b::pledgeInReporting))),
                    cents(sum(as.stream().map(b::agreementInReporting))),
                    cents(sum(as.stream().map(a -> received.getOrDefault(a.id(), BigDecimal.ZERO)))),
                    cents(sum(as.stream().map(a -> spent.getOrDefault(a.id(), BigDecimal.ZERO))))));
        }
        return out;
    }

    private static BigDecimal sum(Stream<BigDecimal> s) {
        return s.reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
