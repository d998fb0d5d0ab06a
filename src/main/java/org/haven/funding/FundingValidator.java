package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.framework.FrameworkCatalog;
import org.haven.framework.NodeKind;
import org.haven.funding.FundingInputs.AgreementInput;
import org.haven.funding.FundingInputs.EarmarkInput;
import org.haven.funding.FundingInputs.FlowInput;
import org.haven.funding.FundingInputs.PledgeInput;
import org.haven.funding.FundingInputs.RateInput;
import org.haven.funding.FundingInputs.ValidAgreement;
import org.haven.funding.FundingInputs.ValidFlow;
import org.haven.funding.FundingInputs.ValidPledge;
import org.haven.funding.FundingInputs.ValidRate;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerRef;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.reference.CurrencyDirectory;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Checks pledges, agreements, flows and rates field by field; each problem names its field (earmark rows as
 * {@code earmarks[2].code}), and nothing is stored while there is one.
 */
@Component
class FundingValidator {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final PartnerDirectory partners;
    private final CurrencyDirectory currencies;
    private final FrameworkCatalog framework;
    private final OrgUnitDirectory orgUnits;
    private final ActivityCatalog activities;

    FundingValidator(PartnerDirectory partners, CurrencyDirectory currencies, FrameworkCatalog framework,
            OrgUnitDirectory orgUnits, ActivityCatalog activities) {
        this.partners = partners;
        this.currencies = currencies;
        this.framework = framework;
        this.orgUnits = orgUnits;
        this.activities = activities;
    }

    ValidPledge pledge(PledgeInput in, RateTable rates) {
        List<FieldProblem> p = new ArrayList<>();
        String donor = donor(in.donor(), p);
        BigDecimal amount = amount("amount", in.amount(), p);
        LocalDate date = date("date", in.date(), p);
        String currency = currency("currency", in.currency(), date, rates, p);
        String note = text("note", in.note(), 2000, p);
        throwIf(p);
        return new ValidPledge(donor, amount, currency, date, note);
    }

    ValidAgreement agreement(AgreementInput in, Long id, RateTable rates, FundingStore store) {
        List<FieldProblem> p = new ArrayList<>();
        String reference = required("reference", in.reference(), 60, p);
        if (reference != null && store.referenceTaken(reference, id)) {
            p.add(new FieldProblem("reference", "reference " + reference + " is already used by another agreement"));
        }
        String title = required("title", in.title(), 300, p);
        String donor = donor(in.donor(), p);
        if (in.pledge() != null) {
            Optional<Pledge> pledge = store.pledge(in.pledge());
            if (pledge.isEmpty()) {
                p.add(new FieldProblem("pledge", "pledge " + in.pledge() + " does not exist"));
            } else if (donor != null && !pledge.get().donorCode().equals(donor)) {
                p.add(new FieldProblem("pledge", "pledge " + in.pledge() + " was made by " + pledge.get().donorCode()
                        + ", not by " + donor));
            }
        }
        BigDecimal amount = amount("amount", in.amount(), p);
        LocalDate start = date("startDate", in.startDate(), p);
        LocalDate end = date("endDate", in.endDate(), p);
        if (start != null && end != null && end.isBefore(start)) {
            p.add(new FieldProblem("endDate", "end date " + end + " must be on or after the start date " + start));
        }
        String currency = currency("currency", in.currency(), start, rates, p);
        String note = text("note", in.note(), 2000, p);
        List<Earmark> earmarks = earmarks(in.earmarks(), amount, p);
        throwIf(p);
        return new ValidAgreement(reference, title, donor, in.pledge(), amount, currency, start, end, note, earmarks);
    }

    private List<Earmark> earmarks(List<EarmarkInput> in, BigDecimal agreementAmount, List<FieldProblem> p) {
        List<Earmark> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal explicit = BigDecimal.ZERO;
        boolean open = false;
        for (int i = 0; i < in.size(); i++) {
            EarmarkInput e = in.get(i);
            if (e.empty()) {
                continue;
            }
            String f = "earmarks[" + i + "]";
            EarmarkKind kind = null;
            if (FundingInputs.blank(e.kind())) {
                p.add(new FieldProblem(f + ".kind", "earmark " + (i + 1) + ": kind is required (OBJECTIVE, CONTEXT, COUNTRY or ACTIVITY)"));
            } else {
                try {
                    kind = EarmarkKind.valueOf(e.kind().trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    p.add(new FieldProblem(f + ".kind", "earmark " + (i + 1) + ": kind " + e.kind()
                            + " is not one of OBJECTIVE, CONTEXT, COUNTRY, ACTIVITY"));
                }
            }
            String code = FundingInputs.blank(e.code()) ? null : e.code().trim();
            if (code == null) {
                p.add(new FieldProblem(f + ".code", "earmark " + (i + 1) + ": code is required"));
            } else if (kind != null) {
                code = target(kind, code, f, i, p);
            }
            BigDecimal amount = null;
            if (!FundingInputs.blank(e.amount())) {
                amount = amount(f + ".amount", e.amount(), p);
                if (amount != null) {
                    explicit = explicit.add(amount);
                }
            } else {
                open = true;
            }
            if (kind != null && code != null && !seen.add(kind + ":" + code)) {
                p.add(new FieldProblem(f + ".code", "earmark " + (i + 1) + ": " + code + " is earmarked twice"));
            }
            if (kind != null && code != null) {
                out.add(new Earmark(kind, code, amount));
            }
        }
        if (agreementAmount != null && explicit.compareTo(agreementAmount) > 0) {
            p.add(new FieldProblem("earmarks", "earmark amounts add up to " + explicit.toPlainString()
                    + ", more than the agreement amount " + agreementAmount.toPlainString()));
        } else if (agreementAmount != null && open && explicit.compareTo(agreementAmount) == 0) {
            p.add(new FieldProblem("earmarks", "earmark amounts already add up to the whole agreement, so the earmarks "
                    + "without an amount would get nothing; give them amounts or remove them"));
        }
        return out;
    }

    /** The canonical code of the earmark's target, or null with a problem when there is no such target. */
    private String target(EarmarkKind kind, String code, String f, int i, List<FieldProblem> p) {
        String upper = code.toUpperCase(Locale.ROOT);
        switch (kind) {
            case OBJECTIVE, CONTEXT -> {
                NodeKind want = kind == EarmarkKind.OBJECTIVE ? NodeKind.STRATEGIC_OBJECTIVE : NodeKind.PRIORITY_CONTEXT;
                if (framework.byKind(want).stream().anyMatch(n -> n.code().equals(upper))) {
                    return upper;
                }
                p.add(new FieldProblem(f + ".code", "earmark " + (i + 1) + ": " + code + " is not a "
                        + (kind == EarmarkKind.OBJECTIVE ? "strategic objective (e.g. SO1)" : "priority context (e.g. JUS)")));
            }
            case COUNTRY -> {
                if (orgUnits.isCountry(upper)) {
                    return upper;
                }
                p.add(new FieldProblem(f + ".code", "earmark " + (i + 1) + ": " + code
                        + " is not a country code (ISO 3166-1 alpha-3, e.g. KEN)"));
            }
            case ACTIVITY -> {
                Optional<Activity> a = activities.findByCode(code);
                if (a.isPresent()) {
                    return a.get().code();
                }
                p.add(new FieldProblem(f + ".code", "earmark " + (i + 1) + ": activity " + code + " does not exist"));
            }
        }
        return null;
    }

    ValidFlow flow(FlowKind kind, FlowInput in, RateTable rates) {
        List<FieldProblem> p = new ArrayList<>();
        LocalDate date = date("date", in.date(), p);
        BigDecimal amount = amount("amount", in.amount(), p);
        String currency = currency("currency", in.currency(), date, rates, p);
        Long activityId = null;
        if (!FundingInputs.blank(in.activity())) {
            Optional<Activity> a = activities.findByCode(in.activity().trim());
            if (a.isEmpty()) {
                p.add(new FieldProblem("activity", "activity " + in.activity().trim() + " does not exist"));
            } else {
                activityId = a.get().id();
            }
        }
        String note = text("note", in.note(), 2000, p);
        throwIf(p);
        return new ValidFlow(kind, date, amount, currency, activityId, note);
    }

    ValidRate rate(RateInput in) {
        List<FieldProblem> p = new ArrayList<>();
        String currency = null;
        if (FundingInputs.blank(in.currency())) {
            p.add(new FieldProblem("currency", "currency is required"));
        } else if (!currencies.exists(in.currency().trim().toUpperCase(Locale.ROOT))) {
            p.add(new FieldProblem("currency", "currency " + in.currency().trim() + " is not an ISO 4217 currency code"));
        } else {
            currency = in.currency().trim().toUpperCase(Locale.ROOT);
        }
        LocalDate from = date("validFrom", in.validFrom(), p);
        BigDecimal rate = null;
        if (FundingInputs.blank(in.rateToUsd())) {
            p.add(new FieldProblem("rateToUsd", "rate to USD is required"));
        } else {
            try {
                rate = new BigDecimal(in.rateToUsd().trim());
                if (rate.signum() <= 0) {
                    p.add(new FieldProblem("rateToUsd", "rate to USD must be greater than 0"));
                } else if (rate.scale() > 10 || rate.precision() - rate.scale() > 14) {
                    p.add(new FieldProblem("rateToUsd", "rate to USD has at most 14 digits before and 10 after the point"));
                }
            } catch (NumberFormatException e) {
                p.add(new FieldProblem("rateToUsd", "rate to USD must be a number, e.g. 1.0825"));
            }
        }
        if ("USD".equals(currency) && rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
            p.add(new FieldProblem("rateToUsd", "the US dollar's rate to USD is always 1"));
        }
        String source = text("source", in.source(), 300, p);
        throwIf(p);
        return new ValidRate(currency, from, rate, source);
    }

    private String donor(String code, List<FieldProblem> p) {
        if (FundingInputs.blank(code)) {
            p.add(new FieldProblem("donor", "donor is required"));
            return null;
        }
        Optional<PartnerRef> partner = partners.find(code.trim());
        if (partner.isEmpty()) {
            p.add(new FieldProblem("donor", "donor " + code.trim() + " is not a registered partner"));
            return null;
        }
        if (!partner.get().donor()) {
            p.add(new FieldProblem("donor", "partner " + partner.get().code() + " is not a donor (it has no donor type)"));
            return null;
        }
        return partner.get().code();
    }

    private static BigDecimal amount(String field, String text, List<FieldProblem> p) {
        if (FundingInputs.blank(text)) {
            p.add(new FieldProblem(field, field + " is required"));
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            p.add(new FieldProblem(field, field + " must be a number such as 250000.00 (no thousands separators)"));
            return null;
        }
        if (v.signum() <= 0) {
            p.add(new FieldProblem(field, field + " must be greater than 0"));
        } else if (v.stripTrailingZeros().scale() > 2) {
            p.add(new FieldProblem(field, field + " has at most 2 decimals"));
        } else if (v.compareTo(MAX_AMOUNT) > 0) {
            p.add(new FieldProblem(field, field + " is at most " + MAX_AMOUNT.toPlainString()));
        } else {
            return v.setScale(2);
        }
        return null;
    }

    private String currency(String field, String text, LocalDate date, RateTable rates, List<FieldProblem> p) {
        if (FundingInputs.blank(text)) {
            p.add(new FieldProblem(field, "currency is required"));
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!currencies.exists(code)) {
            p.add(new FieldProblem(field, "currency " + text.trim() + " is not an ISO 4217 currency code"));
            return null;
        }
        if (date != null && !rates.hasRate(code, date)) {
            p.add(new FieldProblem(field, "there is no exchange rate for " + code + " on " + date
                    + "; an administrator adds one under Funding > Exchange rates"));
            return null;
        }
        return code;
    }

    private static LocalDate date(String field, String text, List<FieldProblem> p) {
        if (FundingInputs.blank(text)) {
            p.add(new FieldProblem(field, field + " is required"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            if (d.isBefore(EARLIEST) || d.getYear() > 2100) {
                p.add(new FieldProblem(field, field + " must be between 2000-01-01 and 2100-12-31"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            p.add(new FieldProblem(field, field + " must be a date like 2025-03-31"));
            return null;
        }
    }

    private static String required(String field, String text, int max, List<FieldProblem> p) {
        if (FundingInputs.blank(text)) {
            p.add(new FieldProblem(field, field + " is required"));
            return null;
        }
        return text(field, text, max, p);
    }

    private static String text(String field, String text, int max, List<FieldProblem> p) {
        if (FundingInputs.blank(text)) {
            return null;
        }
        String t = text.trim();
        if (t.length() > max) {
            p.add(new FieldProblem(field, field + " has at most " + max + " characters"));
            return null;
        }
        return t;
    }

    private static void throwIf(List<FieldProblem> p) {
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
    }
}
