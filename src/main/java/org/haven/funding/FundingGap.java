package org.haven.funding;

import static org.haven.funding.RateTable.cents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.plan.ActivityStatus;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/**
 * The funding gap per strategic objective, priority context or country, in the reporting currency:
 * <ul>
 * <li><b>planned</b>: the budgets of the non-cancelled activities linked there, each converted at the rate in force on
 * the activity's start date; an activity linked to several objectives (contexts, countries) is split equally among
 * them. A context counts the activities linked to it or to one of its aims; a country those with it among their
 * areas (regions are not countries).</li>
 * <li><b>funded</b>: what has been received under each agreement (each receipt at its own date's rate), times the
 * share of each earmark ({@link Shares}); an earmark to an activity goes to the activity's objectives (contexts,
 * countries), split equally.</li>
 * <li><b>gap</b> = planned - funded (negative: more received than planned).</li>
 * </ul>
 * Unearmarked money is shown apart, as is money earmarked only along other lines (e.g. to a country, in the
 * objective view).
 */
@Component
class FundingGap {

    private final ActivityCatalog activities;
    private final FrameworkCatalog framework;
    private final OrgUnitDirectory orgUnits;
    private final Clock clock = Clock.systemUTC();

    FundingGap(ActivityCatalog activities, FrameworkCatalog framework, OrgUnitDirectory orgUnits) {
        this.activities = activities;
        this.framework = framework;
        this.orgUnits = orgUnits;
    }

    enum By {
        OBJECTIVE, CONTEXT, COUNTRY;

        static Optional<By> parse(String s) {
            try {
                return Optional.of(valueOf(s == null ? "" : s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    record Row(String code, String label, int activities, BigDecimal planned, BigDecimal funded, BigDecimal gap) {
    }

    /**
     * {@code received}: everything received; {@code unearmarked}: its unearmarked part; {@code elsewhere}: the part
     * earmarked only along other lines; {@code unconverted}: activity codes whose budget currency has no rate on
     * their start date (left out of planned).
     */
    record Report(By by, String currency, List<Row> rows, BigDecimal planned, BigDecimal funded, BigDecimal received,
            BigDecimal unearmarked, BigDecimal elsewhere, List<String> unconverted) {
    }

    Report report(FundingBook book, By by) {
        Map<String, String> labels = targets(by);
        Map<String, BigDecimal> planned = new LinkedHashMap<>();
        Map<String, BigDecimal> funded = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> unconverted = new ArrayList<>();
        List<Activity> all = activities.all();
        LocalDate today = LocalDate.now(clock);
        for (Activity a : all) {
            if (a.status() == ActivityStatus.CANCELLED) {
                continue;
            }
            Set<String> targets = targetsOf(a, by);
            targets.forEach(t -> counts.merge(t, 1, Integer::sum));
            if (targets.isEmpty() || a.budgetAmount() == null || a.budgetCurrency() == null) {
                continue;
            }
            LocalDate on = a.startDate() == null ? today : a.startDate();
            if (!book.rates().hasRate(a.budgetCurrency(), on) || !book.rates().hasRate(book.reportingCurrency(), on)) {
                unconverted.add(a.code());
                continue;
            }
            BigDecimal each = book.toReporting(a.budgetAmount(), a.budgetCurrency(), on)
                    .divide(BigDecimal.valueOf(targets.size()), RateTable.MATH);
            targets.forEach(t -> planned.merge(t, each, BigDecimal::add));
        }
        Map<Long, BigDecimal> received = book.byAgreement(FlowKind.RECEIPT);
        BigDecimal totalReceived = BigDecimal.ZERO;
        BigDecimal unearmarked = BigDecimal.ZERO;
        for (FundingAgreement ag : book.agreements()) {
            BigDecimal got = received.getOrDefault(ag.id(), BigDecimal.ZERO);
            totalReceived = totalReceived.add(got);
            unearmarked = unearmarked.add(got.multiply(Shares.unearmarked(ag), RateTable.MATH));
            for (Map.Entry<Earmark, BigDecimal> e : Shares.of(ag).entrySet()) {
                BigDecimal part = got.multiply(e.getValue(), RateTable.MATH);
                Set<String> targets = targetsOf(e.getKey(), by, all);
                for (String t : targets) {
                    funded.merge(t, part.divide(BigDecimal.valueOf(targets.size()), RateTable.MATH), BigDecimal::add);
                }
            }
        }
        Set<String> codes = new LinkedHashSet<>(labels.keySet());
        if (by == By.COUNTRY) {
            codes.clear();
            codes.addAll(counts.keySet());
            codes.addAll(funded.keySet());
        }
        List<Row> rows = new ArrayList<>();
        for (String code : codes) {
            BigDecimal p = planned.getOrDefault(code, BigDecimal.ZERO);
            BigDecimal f = funded.getOrDefault(code, BigDecimal.ZERO);
            String label = labels.computeIfAbsent(code, c -> orgUnits.find(c).map(OrgUnit::name).orElse(c));
            rows.add(new Row(code, label, counts.getOrDefault(code, 0), cents(p), cents(f), cents(p.subtract(f))));
        }
        if (by == By.COUNTRY) {
            rows.sort(Comparator.comparing(Row::label));
        }
        BigDecimal plannedSum = planned.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fundedSum = funded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Report(by, book.reportingCurrency(), rows, cents(plannedSum), cents(fundedSum), cents(totalReceived),
                cents(unearmarked), cents(totalReceived.subtract(fundedSum).subtract(unearmarked)).max(BigDecimal.ZERO.setScale(2)),
                unconverted);
    }

    /** The rows of a view: every strategic objective or priority context in framework order; countries as found. */
    private Map<String, String> targets(By by) {
        Map<String, String> out = new LinkedHashMap<>();
        if (by == By.OBJECTIVE || by == By.CONTEXT) {
            NodeKind kind = by == By.OBJECTIVE ? NodeKind.STRATEGIC_OBJECTIVE : NodeKind.PRIORITY_CONTEXT;
            for (FrameworkNode n : framework.byKind(kind)) {
                out.put(n.code(), n.label());
            }
        }
        return out;
    }

    /** The activity's objectives, contexts (directly or through an aim) or countries. */
    Set<String> targetsOf(Activity a, By by) {
        Set<String> out = new LinkedHashSet<>();
        switch (by) {
            case OBJECTIVE -> a.nodeCodes().stream().filter(c -> isKind(c, NodeKind.STRATEGIC_OBJECTIVE)).forEach(out::add);
            case CONTEXT -> {
                for (String c : a.nodeCodes()) {
                    framework.find(c).ifPresent(n -> {
                        if (n.kind() == NodeKind.PRIORITY_CONTEXT) {
                            out.add(n.code());
                        } else if (n.kind() == NodeKind.CONTEXT_AIM && n.parentCode() != null) {
                            out.add(n.parentCode());
                        }
                    });
                }
            }
            case COUNTRY -> a.areaCodes().stream().filter(orgUnits::isCountry).forEach(out::add);
        }
        return out;
    }

    private Set<String> targetsOf(Earmark e, By by, List<Activity> all) {
        return switch (e.kind()) {
            case OBJECTIVE -> by == By.OBJECTIVE ? Set.of(e.code()) : Set.of();
            case CONTEXT -> by == By.CONTEXT ? Set.of(e.code()) : Set.of();
            case COUNTRY -> by == By.COUNTRY ? Set.of(e.code()) : Set.of();
            case ACTIVITY -> all.stream().filter(a -> a.code().equalsIgnoreCase(e.code())).findFirst()
                    .map(a -> targetsOf(a, by)).orElse(Set.of());
        };
    }

    private boolean isKind(String code, NodeKind kind) {
        return framework.find(code).map(n -> n.kind() == kind).orElse(false);
    }
}
